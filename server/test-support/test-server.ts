/** Runs an app on a real HTTP port (0: any free one), for tests that need sockets: SSE, two instances. */
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'

export type TestServer = { readonly url: string; close(): Promise<void> }

export async function startTestServer(app: { fetch: (request: Request) => Response | Promise<Response> }) {
  return new Promise<TestServer>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            if ('closeAllConnections' in server) server.closeAllConnections()
            server.close(() => done())
          }),
      })
    })
    server.once('error', reject)
  })
}
