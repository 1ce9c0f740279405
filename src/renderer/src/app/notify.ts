import { notifications } from '@mantine/notifications';

/** Shows the main side's message as it is: it was written for the user. */
export const notifyError = (error: unknown) =>
  notifications.show({ color: 'red', title: undefined, message: error instanceof Error ? error.message : String(error), autoClose: 8000 });

export const notifySuccess = (message: string) => notifications.show({ color: 'teal', message, autoClose: 3000 });
