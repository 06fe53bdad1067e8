import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { SCREENSHOTS_DIR } from '../stack/paths';

const SCHEMES = ['light', 'dark'] as const;

/**
 * Full-page screenshots of a step in both color schemes (the OS preference, emulated), named
 * `<spec>-<step>-<project>-<light|dark>.png` in e2e-artifacts/screenshots: the folder CI keeps,
 * to look at before a screen is called done.
 */
export class Shots {
  constructor(
    private readonly page: Page,
    private readonly testInfo: TestInfo,
  ) {}

  /** Returns the files written; the page is left in the project's own color scheme. */
  async take(step: string): Promise<string[]> {
    await mkdir(SCREENSHOTS_DIR, { recursive: true });
    const spec = path.basename(this.testInfo.file).replace(/\.e2e\.ts$/, '');
    const files: string[] = [];
    try {
      for (const colorScheme of SCHEMES) {
        await this.page.emulateMedia({ colorScheme });
        const file = path.join(
          SCREENSHOTS_DIR,
          `${slug(spec)}-${slug(step)}-${this.testInfo.project.name}-${colorScheme}.png`,
        );
        // One pixel per CSS pixel: a phone's device scale of 2 would quadruple the PNG work for no
        // more to see when looking at the shots.
        await this.page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide', scale: 'css' });
        // Listed in the HTML report without a second copy of the file.
        this.testInfo.attachments.push({ name: path.basename(file), path: file, contentType: 'image/png' });
        files.push(file);
      }
    } finally {
      await this.page.emulateMedia({ colorScheme: this.testInfo.project.use.colorScheme ?? 'light' });
    }
    return files;
  }
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
