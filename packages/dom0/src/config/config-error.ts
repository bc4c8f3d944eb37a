import { ErrnoError } from '../errno-error';

/**
 * A bad domain configuration (EINVAL). The message names the file, the line and the key, as
 * `demo.cfg:3: memory: expected a number, got "lots"`, so a user can go straight to it.
 */
export class ConfigError extends ErrnoError {
  constructor(
    readonly file: string,
    /** 1-based; 0 when the problem has no line (a required key that is missing). */
    readonly line: number,
    /** The setting at fault, or null for a problem that is not about one key. */
    readonly key: string | null,
    readonly detail: string,
  ) {
    super('EINVAL', `${file}${line > 0 ? `:${line}` : ''}: ${key === null ? '' : `${key}: `}${detail}`);
    this.name = 'ConfigError';
  }
}

/** A recoverable oddity (an unknown key): reported, the configuration still applies. */
export interface ConfigWarning {
  file: string;
  line: number;
  key: string;
  message: string;
}
