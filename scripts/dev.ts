// `npm run dev`: the API (restarting on change) on port 3001 and the Vite dev server on port 3000,
// which proxies /api and /media to it. Ctrl-C stops both.
import { type ChildProcess, spawn } from 'node:child_process'

const apiPort = process.env.DEV_API_PORT ?? '3001'

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  child.on('exit', (code) => {
    stopAll()
    process.exitCode = code ?? 1
  })
  return child
}

// The server defaults to info, as `npm start` runs it; development shows the debug lines too.
const apiEnv = { PORT: apiPort, NODE_ENV: 'development', LOG_LEVEL: process.env.LOG_LEVEL || 'debug' }

const children = [
  run('npx', ['tsx', 'watch', '--clear-screen=false', 'server/main.ts'], apiEnv),
  run('npx', ['vite', '--port', '3000', '--strictPort']),
]

function stopAll(): void {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
}

process.on('SIGINT', stopAll)
process.on('SIGTERM', stopAll)
