// The boilerplate line patterns run on every line of every article: each must be anchored, or a
// long line costs time quadratic in its length.
import { expect, it } from 'vitest';
import boilerplate from '../../lib/data/boilerplate.json' with { type: 'json' };

it.each(boilerplate.lines)('%s is anchored at the start of the line', (pattern) => {
  expect(pattern.startsWith('^')).toBe(true);
  expect(() => new RegExp(pattern, 'iu')).not.toThrow();
});
