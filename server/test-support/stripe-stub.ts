/**
 * A tiny Stripe API on 127.0.0.1 for tests: the real `stripe` SDK talks to it through its
 * host/port/protocol options, so no test reaches the internet. It records every request (method,
 * path, form-decoded body, Idempotency-Key) and answers JSON shaped like Stripe's objects. Like
 * Stripe, a repeated idempotency key answers the first response instead of creating again.
 */
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type StubRequest = {
  readonly method: string
  readonly path: string
  readonly body: Readonly<Record<string, string>>
  readonly idempotencyKey: string | undefined
}

type StubIntent = {
  id: string
  object: 'payment_intent'
  amount: number
  currency: string
  status: string
  client_secret: string
  customer: string | null
  metadata: Record<string, string>
  last_payment_error: { code: string; decline_code?: string } | null
}

type StubRefund = {
  id: string
  object: 'refund'
  amount: number
  status: string
  payment_intent: string
  metadata: Record<string, string>
}

type Answer = { status: number; body: unknown }

export type StripeStub = Awaited<ReturnType<typeof startStripeStub>>

export async function startStripeStub() {
  const requests: StubRequest[] = []
  const intents = new Map<string, StubIntent>()
  const refunds: StubRefund[] = []
  const answersByKey = new Map<string, Answer>()
  const failing = new Set<string>()
  let newRefundStatus = 'succeeded'
  const newId = (prefix: string) => `${prefix}_${randomBytes(8).toString('hex')}`

  const metadataOf = (body: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(body).flatMap(([key, value]) => {
        const match = /^metadata\[(.+)\]$/.exec(key)
        return match?.[1] ? [[match[1], value]] : []
      }),
    )

  const createIntent = (body: Record<string, string>): Answer => {
    const id = newId('pi')
    const intent: StubIntent = {
      id,
      object: 'payment_intent',
      amount: Number(body.amount),
      currency: body.currency ?? '',
      status: 'requires_payment_method',
      client_secret: `${id}_secret_${randomBytes(4).toString('hex')}`,
      customer: body.customer ?? null,
      metadata: metadataOf(body),
      last_payment_error: null,
    }
    intents.set(id, intent)
    return { status: 200, body: intent }
  }

  const createRefund = (body: Record<string, string>): Answer => {
    const intent = intents.get(body.payment_intent ?? '')
    if (!intent) return invalidRequest(`No such payment_intent: '${body.payment_intent}'`, 404)
    const refunded = refunds.filter((r) => r.payment_intent === intent.id).reduce((sum, r) => sum + r.amount, 0)
    const amount = body.amount ? Number(body.amount) : intent.amount - refunded
    if (amount > intent.amount - refunded) return invalidRequest('Refund amount is greater than unrefunded amount')
    const refund: StubRefund = {
      id: newId('re'),
      object: 'refund',
      amount,
      status: newRefundStatus,
      payment_intent: intent.id,
      metadata: metadataOf(body),
    }
    refunds.push(refund)
    return { status: 200, body: refund }
  }

  const route = (method: string, path: string, url: URL, body: Record<string, string>): Answer => {
    if (failing.has(path)) return { status: 500, body: { error: { type: 'api_error', message: 'stub failure' } } }
    const intentPath = /^\/v1\/payment_intents\/([^/]+)(\/cancel)?$/.exec(path)
    if (method === 'POST' && path === '/v1/payment_intents') return createIntent(body)
    if (intentPath?.[1]) {
      const intent = intents.get(intentPath[1])
      if (!intent) return invalidRequest(`No such payment_intent: '${intentPath[1]}'`, 404)
      if (intentPath[2]) {
        // As Stripe: only an intent that has not succeeded (nor is processing) can be canceled.
        if (intent.status === 'succeeded' || intent.status === 'processing')
          return invalidRequest(
            `You cannot cancel this PaymentIntent because it has a status of ${intent.status}.`,
            400,
          )
        intent.status = 'canceled'
      }
      return { status: 200, body: intent }
    }
    if (method === 'POST' && path === '/v1/refunds') return createRefund(body)
    if (method === 'GET' && path === '/v1/refunds') {
      const data = refunds.filter((r) => r.payment_intent === url.searchParams.get('payment_intent'))
      return { status: 200, body: { object: 'list', data, has_more: false, url: '/v1/refunds' } }
    }
    if (method === 'POST' && path === '/v1/customers')
      return {
        status: 200,
        body: { id: newId('cus'), object: 'customer', email: body.email, metadata: metadataOf(body) },
      }
    return invalidRequest(`Unrecognized request URL (${method}: ${path})`, 404)
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://stub')
    const raw = await readBody(req)
    const body = Object.fromEntries(new URLSearchParams(raw))
    const idempotencyKey = header(req, 'idempotency-key')
    const method = req.method ?? 'GET'
    requests.push({ method, path: url.pathname, body, idempotencyKey })
    const cacheKey = idempotencyKey && `${method} ${url.pathname} ${idempotencyKey}`
    const answer = (cacheKey && answersByKey.get(cacheKey)) || route(method, url.pathname, url, body)
    if (cacheKey && answer.status < 500) answersByKey.set(cacheKey, answer)
    res.writeHead(answer.status, {
      'content-type': 'application/json',
      'request-id': newId('req'),
      // Failures are deliberate here: the SDK's retries with backoff would only slow the tests down.
      'stripe-should-retry': 'false',
    })
    res.end(JSON.stringify(answer.body))
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ error: { type: 'api_error', message: String(error) } }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    /** The SDK options (and STRIPE_API_URL) that point Stripe at this stub. */
    api: { host: '127.0.0.1', port, protocol: 'http' as const },
    url: `http://127.0.0.1:${port}`,
    requests,
    /** Requests of one method and path (e.g. 'POST /v1/payment_intents'). */
    requestsTo(route: string): StubRequest[] {
      return requests.filter((r) => `${r.method} ${r.path}` === route)
    },
    intent(id: string): StubIntent {
      const intent = intents.get(id)
      if (!intent) throw new Error(`the stub has no intent ${id}`)
      return intent
    },
    /** Moves an intent as Stripe.js and the card network would (the browser's part of a payment). */
    setIntent(id: string, change: Partial<Pick<StubIntent, 'status' | 'last_payment_error'>>): StubIntent {
      return Object.assign(this.intent(id), change)
    },
    /** A refund made in Stripe's dashboard (no idempotency key of ours, no metadata). */
    addDashboardRefund(intentId: string, amount: number): StubRefund {
      const answer = createRefund({ payment_intent: intentId, amount: String(amount) })
      if (answer.status !== 200) throw new Error(`dashboard refund refused: ${JSON.stringify(answer.body)}`)
      return answer.body as StubRefund
    },
    /** Refunds created from now on start in this status ('pending' for asynchronous refunds). */
    createRefundsAs(status: 'succeeded' | 'pending') {
      newRefundStatus = status
    },
    /** Settles a refund as Stripe would later (then it sends charge.refund.updated). */
    setRefund(id: string, status: 'succeeded' | 'failed'): StubRefund {
      const refund = refunds.find((r) => r.id === id)
      if (!refund) throw new Error(`the stub has no refund ${id}`)
      refund.status = status
      return refund
    },
    /** Answers 500 to every request on `path` (e.g. '/v1/refunds') until `heal`. */
    fail(path: string) {
      failing.add(path)
    },
    heal(path: string) {
      failing.delete(path)
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}

function invalidRequest(message: string, status = 400): Answer {
  return { status, body: { error: { type: 'invalid_request_error', message } } }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value[0] : value
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
