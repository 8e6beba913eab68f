/** `modules/wp1/biorisk-management` → `wp1-biorisk-management`: the module's name in export file names. */
export function moduleExportName(slug: string): string {
  return slug.replace(/^modules\//, '').replaceAll('/', '-');
}

/** Where each export of a module lives under `dist/` (a public contract: the Reuse box and LMS guides link here). */
export function exportPaths(moduleName: string, quizId: string, lang: string) {
  return {
    gift: `exports/gift/${lang}/${quizId}.gift.txt`,
    moodleXml: `exports/moodle-xml/${lang}/${quizId}.xml`,
    scorm: `exports/scorm/${lang}/${moduleName}.zip`,
    pack: `exports/packs/${moduleName}.zip`,
  };
}
