/**
 * Redis connections for the multi-instance setup (DESIGN §7). A subscribed connection can run no
 * other command, so pub/sub gets a connection of its own; everything else shares the command one.
 */
import { Redis } from 'ioredis'
import type { RedisConfig } from '../env.ts'
import type { Logger } from './logger.ts'

export type RedisConnections = {
  readonly command: Redis
  readonly subscriber: Redis
  readonly keyPrefix: string
  close(): Promise<void>
}

export async function openRedis(config: RedisConfig, logger: Logger): Promise<RedisConnections> {
  const connect = (role: string) => {
    const client = new Redis(config.url, { lazyConnect: true, maxRetriesPerRequest: 3 })
    // ioredis reconnects by itself; without a listener an error event would crash the process.
    client.on('error', (error) => logger.warn({ err: error, role }, 'redis connection error'))
    return client
  }
  const command = connect('command')
  const subscriber = connect('subscriber')
  await Promise.all([command.connect(), subscriber.connect()])
  return {
    command,
    subscriber,
    keyPrefix: config.keyPrefix,
    close: async () => {
      await Promise.allSettled([command.quit(), subscriber.quit()])
    },
  }
}
