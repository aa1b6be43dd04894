// What every browser test and bench here shares: Debian's Chromium with the flags this machine
// needs (its closed network refuses the background connections), and the checklist that prints
// "ok"/"FAIL" lines and "N passed, M failed".
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export function launch(extraArgs = []) {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...extraArgs] });
}

export function checklist() {
  let passed = 0;
  let failed = 0;
  return {
    check(name, ok, detail = '') {
      if (ok) passed += 1; else failed += 1;
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok || !detail ? '' : `\n     ${detail}`}`);
    },
    // Prints the totals (and what follows them) and returns the exit code.
    done(suffix = '') {
      console.log(`\n${passed} passed, ${failed} failed${suffix}`);
      return failed ? 1 : 0;
    },
  };
}
