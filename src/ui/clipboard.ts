/**
 * Copies text to the clipboard. Browsers may refuse (permissions, an insecure context); then it
 * answers false and the caller says so: the text is always on screen to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
