// Stance: claim (default), deny or confirm, read from the cue; respondsTo links a denial or
// confirmation to the statement it answers. Mutates the attributions in place.
import type { Attribution } from './types';

export function assignStance(_text: string, _attributions: Attribution[]): void {
  // Minimal first version: every statement stays a claim. Replaced by the cue-based reader.
}
