import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import type { CommandModule } from './define-command.ts';

/** The repository's commands/ folder: one file per slash command. */
export const COMMANDS_DIR = fileURLToPath(new URL('../../../commands/', import.meta.url));

const moduleShape = z.object({
  definition: z.object({ name: z.string() }),
  default: z.object({ definition: z.object({ name: z.string() }), execute: z.function() }),
});

/**
 * Imports every `commands/*.ts`. Each file exports its `definition` and, as default, the module made by
 * defineCommand; the file is named after the command, so `/quiz` lives in commands/quiz.ts.
 */
export async function loadCommandModules(dir = COMMANDS_DIR): Promise<CommandModule[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts')).sort();
  const modules: CommandModule[] = [];
  for (const file of files) {
    const imported: unknown = await import(pathToFileURL(join(dir, file)).href);
    const parsed = moduleShape.safeParse(imported);
    if (!parsed.success) {
      throw new Error(`commands/${file} must export \`definition\` and a default made with defineCommand: ${z.prettifyError(parsed.error)}`);
    }
    const { default: module, definition } = imported as { default: CommandModule; definition: unknown };
    if (definition !== module.definition) throw new Error(`commands/${file}: the exported definition is not the one given to defineCommand`);
    if (module.definition.name !== basename(file, '.ts')) throw new Error(`commands/${file} defines /${module.definition.name}; name the file after the command`);
    modules.push(module);
  }
  return modules;
}
