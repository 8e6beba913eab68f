/** Splits an MDX/Markdown file into its YAML frontmatter and body. */
export function splitFrontmatter(text: string): { frontmatter: string | null; body: string; bodyStartLine: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { frontmatter: null, body: text, bodyStartLine: 1 };
  return {
    frontmatter: match[1]!,
    body: text.slice(match[0].length),
    bodyStartLine: match[0].split('\n').length,
  };
}
