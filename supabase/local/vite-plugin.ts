// Placeholder until the local stack mounts its gateway here (see the local-stack issue).
import type { Plugin } from 'vite';

export function salkkuLocalStack(): Plugin {
  return { name: 'salkku-local-stack' };
}
