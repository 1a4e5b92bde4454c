import { describe, expect, it } from 'vitest'
import { asVariantId } from '../ids.ts'
import { type MarketId, markets } from './market.ts'
import type { ExchangeRates } from './market-price.ts'
import {
  baseMarket,
  type MarketPriceShown,
  type PricedOffer,
  type PricedProduct,
  priceInMarket,
  selectionPriceInMarket,
  usableMarket,
} from './price-in-market.ts'

const rates: ExchangeRates = { EUR: 920_000, GBP: 790_000, JPY: 151_370_000 }

function offer(price: number, extra: Partial<PricedOffer> = {}): PricedOffer {
  return { currency: 'USD', price, compareAtPrice: null, ...extra }
}

function shown(amount: number, currency: MarketPriceShown['currency'], extra: Partial<MarketPriceShown> = {}) {
  return { amount, currency, compareAt: null, from: false, ...extra }
}

describe('priceInMarket (one variant or offer)', () => {
  it.each<[string, PricedOffer, MarketId, ExchangeRates | null, MarketPriceShown]>([
    ['the base price as it is in the base market', offer(1879), 'us', rates, shown(1879, 'USD')],
    [
      'the merchant’s price for the market, never rounded',
      offer(2000, { marketPrices: { eu: 1850 } }),
      'eu',
      rates,
      shown(1850, 'EUR'),
    ],
    [
      'an explicit price in the base market too',
      offer(2000, { marketPrices: { us: 1500 } }),
      'us',
      rates,
      shown(1500, 'USD'),
    ],
    [
      'another market’s explicit price ignored: converted',
      offer(2000, { marketPrices: { jp: 3000 } }),
      'eu',
      rates,
      shown(1799, 'EUR'),
    ],
    ['$20.00 at 0.92 is €18.40, rounded to the nearest .99: €17.99', offer(2000), 'eu', rates, shown(1799, 'EUR')],
    ['$20.00 at 0.79 is £15.80, rounded to £15.99', offer(2000), 'uk', rates, shown(1599, 'GBP')],
    ['$18.79 at 151.37 is ¥2,844.24: whole tens of yen, ¥2,840', offer(1879), 'jp', rates, shown(2840, 'JPY')],
    ['a small price in yen never rounds to 0', offer(3), 'jp', rates, shown(10, 'JPY')],
    ['a free product stays free', offer(0), 'jp', rates, shown(0, 'JPY')],
    ['no rates yet: the base market’s price', offer(1879), 'jp', null, shown(1879, 'USD')],
    [
      'no rate for the market’s currency: the base market’s price',
      offer(1879),
      'jp',
      { EUR: 920_000 },
      shown(1879, 'USD'),
    ],
    [
      'no rates: an explicit price for the market waits for them',
      offer(2000, { marketPrices: { jp: 3000 } }),
      'jp',
      null,
      shown(2000, 'USD'),
    ],
    [
      'a broken explicit price is ignored',
      offer(2000, { marketPrices: { eu: 12.5 } }),
      'eu',
      rates,
      shown(1799, 'EUR'),
    ],
    [
      'a price in a currency without a rate stays as it is',
      offer(7999, { currency: 'EUR', marketPrices: { us: 9000 } }),
      'us',
      {},
      shown(7999, 'EUR'),
    ],
    [
      'a price in another currency converts through the base',
      offer(9200, { currency: 'EUR' }),
      'uk',
      rates,
      shown(7899, 'GBP'),
    ],
    [
      'the compare-at price converts too',
      offer(2000, { compareAtPrice: 3000 }),
      'eu',
      rates,
      shown(1799, 'EUR', { compareAt: 2799 }),
    ],
    [
      'the compare-at price in yen',
      offer(1879, { compareAtPrice: 2500 }),
      'jp',
      rates,
      shown(2840, 'JPY', { compareAt: 3780 }),
    ],
    [
      'no sale shown when the explicit price is above the converted compare-at',
      offer(2000, { compareAtPrice: 2100, marketPrices: { eu: 2500 } }),
      'eu',
      rates,
      shown(2500, 'EUR'),
    ],
  ])('%s', (_name, source, market, given, want) => {
    expect(priceInMarket(source, markets[market], given)).toEqual(want)
  })
})

describe('priceInMarket (a product: its lowest variant)', () => {
  const product = (...variants: PricedProduct['variants']): PricedProduct => ({ currency: 'USD', price: 0, variants })
  it.each<[string, PricedProduct, MarketId, MarketPriceShown]>([
    [
      'the lowest variant, "from" when they differ',
      product(offer(2000), offer(4000)),
      'eu',
      shown(1799, 'EUR', { from: true }),
    ],
    ['variants that round to one price are not "from"', product(offer(1840), offer(1850)), 'eu', shown(1699, 'EUR')],
    [
      'an explicit price can make another variant the lowest',
      product(offer(2000), offer(2500, { marketPrices: { eu: 1500 } })),
      'eu',
      shown(1500, 'EUR', { from: true }),
    ],
    ['no compare-at price on a card', product(offer(2000, { compareAtPrice: 3000 })), 'jp', shown(3030, 'JPY')],
    [
      'a product without variants by its own price',
      { currency: 'USD', price: 2000, variants: [] },
      'jp',
      shown(3030, 'JPY'),
    ],
  ])('%s', (_name, source, market, want) => {
    expect(priceInMarket(source, markets[market], rates)).toEqual(want)
  })
})

describe('usableMarket', () => {
  it.each<[string, MarketId, ExchangeRates | null, MarketId]>([
    ['the chosen market when its currency has a rate', 'jp', rates, 'jp'],
    ['the base market before any rates are known', 'eu', null, baseMarket.id],
    ['the base market when the rate is missing', 'uk', { EUR: 920_000 }, baseMarket.id],
    ['the base market when the rate is not a positive integer', 'eu', { EUR: 0 }, baseMarket.id],
    ['the base market itself needs no rate', 'us', null, 'us'],
  ])('%s', (_name, market, given, want) => {
    expect(usableMarket(markets[market], given).id).toBe(want)
  })
})

describe('selectionPriceInMarket (a product page)', () => {
  const variant = (size: string, price: number, compareAtPrice: number | null = null) => ({
    id: asVariantId(size),
    optionValues: { size },
    price,
    compareAtPrice,
  })
  const shoe = {
    currency: 'USD' as const,
    price: 2000,
    options: [
      {
        code: 'size',
        name: 'Size',
        values: [
          { code: '40', label: '40' },
          { code: '42', label: '42' },
        ],
      },
    ],
    variants: [variant('40', 2000), variant('42', 2500, 3000)],
  } as unknown as Parameters<typeof selectionPriceInMarket>[0]

  it.each<[string, Record<string, string>, MarketPriceShown]>([
    ['the chosen variant with its converted sale price', { size: '42' }, shown(2299, 'EUR', { compareAt: 2799 })],
    ['"from" the lowest variant while nothing is chosen', {}, shown(1799, 'EUR', { from: true })],
  ])('%s', (_name, selection, want) => {
    expect(selectionPriceInMarket(shoe, selection, markets.eu, rates)).toEqual(want)
  })
})
