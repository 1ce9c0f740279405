import { DEFAULT_LABELS, type RichTextEditorLabels } from '@mantine/tiptap';
import { useTranslation } from 'react-i18next';

/** French labels of the editor controls we show (Mantine ships English ones). */
const FR: Partial<RichTextEditorLabels> = {
  boldControlLabel: 'Gras',
  italicControlLabel: 'Italique',
  underlineControlLabel: 'Souligné',
  strikeControlLabel: 'Barré',
  clearFormattingControlLabel: 'Effacer la mise en forme',
  h2ControlLabel: 'Titre 2',
  h3ControlLabel: 'Titre 3',
  blockquoteControlLabel: 'Citation',
  bulletListControlLabel: 'Liste à puces',
  orderedListControlLabel: 'Liste numérotée',
  linkControlLabel: 'Lien',
  unlinkControlLabel: 'Retirer le lien',
  undoControlLabel: 'Annuler',
  redoControlLabel: 'Rétablir',
  linkEditorInputLabel: 'Adresse du lien',
  linkEditorInputPlaceholder: 'https://…',
  linkEditorSave: 'Enregistrer',
};

export function useEditorLabels(): RichTextEditorLabels {
  const { i18n } = useTranslation();
  return i18n.language === 'fr' ? { ...DEFAULT_LABELS, ...FR } : DEFAULT_LABELS;
}
