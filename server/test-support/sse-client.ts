/**
 * A minimal EventSource for tests in Node: reads a `text/event-stream` response and collects its
 * events (and comments), so a test can wait for the next one with a deadline.
 */
export type ReceivedEvent = { readonly id: string | undefined; readonly event: string; readonly data: string }

export type SseConnection = Awaited<ReturnType<typeof connectSse>>

export async function connectSse(url: string, headers: Record<string, string> = {}) {
  const controller = new AbortController()
  const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: controller.signal })
  const events: ReceivedEvent[] = []
  const comments: string[] = []
  const fields: string[] = []
  let ended = false
  let wake = () => {}

  const consume = async () => {
    if (!response.body) return
    const decoder = new TextDecoder()
    let buffer = ''
    try {
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk, { stream: true })
        let boundary = buffer.indexOf('\n\n')
        while (boundary >= 0) {
          parseBlock(buffer.slice(0, boundary))
          buffer = buffer.slice(boundary + 2)
          boundary = buffer.indexOf('\n\n')
        }
        wake()
      }
    } catch {
      // aborted by close()
    } finally {
      ended = true
      wake()
    }
  }

  const parseBlock = (block: string) => {
    let id: string | undefined
    let event = 'message'
    const data: string[] = []
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) comments.push(line.slice(1).trim())
      else if (line.startsWith('id: ')) id = line.slice(4)
      else if (line.startsWith('event: ')) event = line.slice(7)
      else if (line.startsWith('data: ')) data.push(line.slice(6))
      else if (line) fields.push(line)
    }
    if (data.length > 0) events.push({ id, event, data: data.join('\n') })
  }

  void consume()

  const waitUntil = async (done: () => boolean, timeoutMs: number, what: string) => {
    const deadline = Date.now() + timeoutMs
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
      if (ended) throw new Error(`stream ended while waiting for ${what}`)
      await new Promise<void>((resolve) => {
        wake = resolve
        setTimeout(resolve, 25)
      })
    }
  }

  return {
    response,
    events,
    comments,
    /** Non-event lines seen, such as `retry: 3000`. */
    fields,
    get ended() {
      return ended
    },
    async waitForEvents(count: number, timeoutMs = 2000) {
      await waitUntil(() => events.length >= count, timeoutMs, `${count} events (have ${events.length})`)
      return events.slice(0, count)
    },
    async waitForComment(text: string, timeoutMs = 2000) {
      await waitUntil(() => comments.includes(text), timeoutMs, `comment "${text}"`)
    },
    async waitForEnd(timeoutMs = 2000) {
      const deadline = Date.now() + timeoutMs
      while (!ended) {
        if (Date.now() > deadline) throw new Error('stream did not end')
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
    },
    close() {
      controller.abort()
    },
  }
}
