/** The input cannot be used as given; the message tells the user what to change. */
export class InvalidInputError extends Error {}
