/** Prints one figure: its value, and the target next to it when there is one. */
export type Report = (figure: string, value: string, target?: string, met?: boolean) => void;
