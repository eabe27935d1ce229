// Speaker resolution: turns each attribution's speaker mention ("he", "the general", "Kyiv")
// into the entity it names (canonical name, type, role). Mutates the attributions in place.
import type { Attribution } from '../types';

export function resolveSpeakers(_text: string, _attributions: Attribution[]): void {
  // Minimal first version: leave the mention as the name. Replaced by the full resolver.
}
