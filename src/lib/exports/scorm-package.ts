const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A single-SCO SCORM 1.2 `imsmanifest.xml` (IMS CP 1.1.2 and ADL CP 1.2
 * namespaces, `adlcp:scormtype="sco"`), listing every file of the package.
 */
export function scormManifest(opts: { identifier: string; title: string; masteryScore: number; files: string[] }): string {
  const id = opts.identifier.replace(/[^A-Za-z0-9_.-]/g, '-');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${esc(id)}" version="1.0"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="ORG-1">
    <organization identifier="ORG-1">
      <title>${esc(opts.title)}</title>
      <item identifier="ITEM-1" identifierref="RES-1" isvisible="true">
        <title>${esc(opts.title)}</title>
        <adlcp:masteryscore>${Math.round(opts.masteryScore)}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="RES-1" type="webcontent" adlcp:scormtype="sco" href="index.html">
${opts.files.map((f) => `      <file href="${esc(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/** The SCO page: the module's content and quiz, its styles, and the quiz script as a classic script. */
export function scoPage(opts: { lang: string; title: string; content: string; stylesheets: string[] }): string {
  return `<!doctype html>
<html lang="${esc(opts.lang)}" dir="ltr" data-theme="light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(opts.title)}</title>
${opts.stylesheets.map((s) => `<link rel="stylesheet" href="${esc(s)}">`).join('\n')}
<style>body{max-width:50rem;margin:0 auto;padding:1rem 1.25rem}</style>
</head>
<body>
<main class="sl-markdown-content">
<h1>${esc(opts.title)}</h1>
${opts.content}
</main>
<script src="quiz.js"></script>
</body>
</html>
`;
}
