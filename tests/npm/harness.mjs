// What every browser test and bench here shares: Debian's Chromium with the flags this machine
// needs (its closed network refuses the background connections), and the tests' reporting:
// each behaviour a script checks is a named node:test test, so that a failure names the
// behaviour and node's runner prints the totals ("# pass N", "# fail N") and sets the exit code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export function launch(extraArgs = []) {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/**
 * One behaviour, held or not: a test named `name` that fails with `detail` (what was seen).
 * The scripts drive one browser through a page's states in order, so they observe first and
 * record each behaviour as its own test.
 */
export function check(name, ok, detail = '') {
  test(name, () => assert.ok(ok, detail || `${name}: not so`));
}

/** One behaviour as a value: a test that fails with the difference between `got` and `want`. */
export function same(name, got, want) {
  test(name, () => assert.deepStrictEqual(got, want));
}
