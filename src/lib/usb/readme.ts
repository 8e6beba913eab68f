/** README.txt at the root of the USB copy: how to open it, and how to check a copy. */
export function usbReadme(): string {
  return `BIOSEC Hub - offline edition
=============================

Open the site: double-click index.html in this folder. It opens in your web
browser and works without any network: pages, search, quizzes, tracks and
your progress.
Your progress is saved in this browser on this computer; use "My progress"
to export it to a file.

Check that a copy is complete and unchanged
-------------------------------------------
SHA256SUMS lists every file with its SHA-256 checksum.

  Linux:    cd into this folder, then run:  sha256sum -c SHA256SUMS
  macOS:    shasum -a 256 -c SHA256SUMS
  Windows:  open PowerShell in this folder and run (one line):
            Get-Content SHA256SUMS | % { $h, $f = $_ -split '  ', 2; if ((Get-FileHash -LiteralPath $f -Algorithm SHA256).Hash -ne $h) { "CHANGED OR MISSING: $f" } }
            No output means every file is as published.
  With the BIOSEC Hub source code: npm run verify-usb -- <this folder>
  reports changed, missing and extra files.

Content: CC BY 4.0. Code: MIT. https://creativecommons.org/licenses/by/4.0/
`;
}
