/** Option labels as the candidate sees them: A, B, C… in display order. */
export const OPTION_LETTERS = "ABCDEFGHIJ";
