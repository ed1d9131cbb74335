import { existsSync } from 'node:fs';
import { config as loadDotenv } from 'dotenv';

/** Loads `.env` from the working directory when present; real environment variables win over the file. */
export function loadEnvFile(path = '.env'): void {
  if (existsSync(path)) loadDotenv({ path, quiet: true });
}
