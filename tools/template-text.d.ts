export function trimTemplate(text: string, css: boolean): string;
export function tightCss(text: string): string;
