// The ceiling references of bench/http.ts: bare node:http answering /healthz's body, and every other
// path with the file given as the first argument (the shop's largest script), sent as the shop sends
// it — its build-time brotli file when there is one. Nothing else. Runs in a child process of its
// own, so it does not share an event loop with autocannon; prints its port on the first line of stdout.
import { existsSync, readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

const body = JSON.stringify({ status: 'ok' })
const assetPath = process.argv[2]
const brotli = assetPath && existsSync(`${assetPath}.br`)
const asset = assetPath ? readFileSync(brotli ? `${assetPath}.br` : assetPath) : Buffer.alloc(0)
const assetHeaders = {
  'content-type': 'text/javascript; charset=utf-8',
  'content-length': asset.byteLength,
  ...(brotli ? { 'content-encoding': 'br' } : {}),
}

const server = http.createServer((request, response) => {
  if (request.url === '/healthz') {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) })
    response.end(body)
    return
  }
  response.writeHead(200, assetHeaders)
  response.end(asset)
})
server.listen(0, '127.0.0.1', () => console.log((server.address() as AddressInfo).port))
