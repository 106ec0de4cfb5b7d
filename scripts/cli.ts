// `npm run cli -- <command> [args]`: operator commands. Each command is a module in ./commands
// exporting `run(args: string[]): Promise<number>` (the exit code) and a one-line `summary`.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'commands');
const commands = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => [f.replace(/\.ts$/, '').replace('-', ':'), path.join(dir, f)]),
);

interface Command {
  summary: string;
  run(args: string[]): Promise<number>;
}

async function main(): Promise<number> {
  const [name, ...args] = process.argv.slice(2);
  if (!name || !(name in commands)) {
    const lines: string[] = [];
    for (const [n, file] of Object.entries(commands).sort()) {
      const mod = (await import(file)) as Command;
      lines.push(`  ${n.padEnd(20)} ${mod.summary}`);
    }
    process.stderr.write(`Cách dùng: npm run cli -- <lệnh> [tham số]\n\nCác lệnh:\n${lines.join('\n')}\n`);
    return name ? 2 : 0;
  }
  const mod = (await import(commands[name]!)) as Command;
  return mod.run(args);
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`Lỗi: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
