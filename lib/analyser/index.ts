/**
 * The analyser: pure, synchronous, deterministic. No DOM, no browser API, no network.
 *
 * @example
 *   const profile = compileProfile(published);            // once
 *   const findings = analyse({ text, platform: 'facebook', surface: 'post', account: 'organisation' }, profile);
 */
export { analyse } from './engine';
export { compileProfile, type CompiledProfile } from './compiled-profile';
export type { AnalysisInput, Finding, Recipient, Severity, Surface, AccountKind, ConnectAction } from './types';
