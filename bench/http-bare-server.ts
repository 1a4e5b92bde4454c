// The ceiling reference of bench/http.ts: bare node:http answering /healthz's body, nothing else.
// Runs in a child process of its own, so it does not share an event loop with autocannon; prints
// its port on the first line of stdout.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

const body = JSON.stringify({ status: 'ok' })
const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) })
  response.end(body)
})
server.listen(0, '127.0.0.1', () => console.log((server.address() as AddressInfo).port))
