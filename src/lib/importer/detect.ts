/**
 * Tells HTML from plain text by content, not by file extension.
 */

/** Whether the text is an HTML document or fragment (doctype, <html>, or several block tags). */
export function isHtml(content: string): boolean {
  const start = content.trimStart().slice(0, 1000).toLowerCase();
  if (/^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml)/.test(start)) return true;
  return (content.match(/<\/?(p|div|article|section|h[1-6]|ul|ol|li|br|span|a)\b[^>]*>/gi) ?? []).length >= 3;
}
