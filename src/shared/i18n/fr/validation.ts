/** French for each English validation message of the shared schemas (keys are the English text). */
export const validationMessages: Record<string, string> = {
  'Give the visit a name.': 'Donnez un nom à la visite.',
  'Enter the city.': 'Indiquez la ville.',
  'Enter the expert’s name.': 'Indiquez le nom de l’expert.',
  'Population is a whole number.': 'La population est un nombre entier.',
  'Population cannot be negative.': 'La population ne peut pas être négative.',
  'Population looks too large.': 'La population semble trop élevée.',
  'A share is between 0 and 100 %.': 'Une part est comprise entre 0 et 100 %.',
  'Use a date like 2026-11-30.': 'Utilisez une date comme 2026-11-30.',
  'The visit cannot end before it starts.': 'La visite ne peut pas se terminer avant de commencer.',
  'At most 200 characters.': '200 caractères au maximum.',
  'At most 5000 characters.': '5000 caractères au maximum.',
};
