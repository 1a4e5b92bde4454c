/**
 * What the index knows about option values across products: each `code:value` token as a small
 * integer (what the columns store and filters compare), and how facets name and order them.
 *
 * Names, labels, swatches and order come from the products, which may disagree ("Size" here, "Shoe
 * size" there). Both indexes must answer alike whatever order they saw the products in (the server
 * applies the change feed, the browser reads Dexie), so each is counted per product and the answer
 * depends only on the products present: the most common label wins (ties: the smallest), and values
 * are ordered by merging the products' own orders (each product's values in order is a chain of
 * "comes before" edges; a topological sort of all of them, ties by code, numbers numerically).
 */
import type { SearchOptions } from './option-values.ts'

/**
 * A product's block: `[m, n, nStock, k, s, …k value descriptors, …m name descriptors, …s value ids,
 * …n×m value ids]` — m options, n live variants (the in-stock ones first, nStock of them), k offered
 * values, s of them in stock (listed for the common "in stock only" count). In a variant's values,
 * 0 means "this variant lacks the option".
 */
export const blockHeader = 5

/** Where the block's in-stock values start. */
export function stockedValuesAt(block: ArrayLike<number>, start: number): number {
  return start + blockHeader + block[start + 3]! + block[start]!
}

/** Where the block's variants start. */
export function variantsAt(block: ArrayLike<number>, start: number): number {
  return stockedValuesAt(block, start) + block[start + 4]!
}

/** The block's length in numbers. */
export function blockLength(block: ArrayLike<number>, start: number): number {
  return variantsAt(block, start) - start + block[start + 1]! * block[start]!
}

export type OptionRegistry = {
  /** Interns a product's options and counts its names, labels and order; null for no options. */
  acquire(options: SearchOptions): number[] | null
  /** Uncounts the block of a product leaving the index. */
  release(block: ArrayLike<number>, start: number): void
  findValue(token: string): number | undefined
  findCode(code: string): number | undefined
  /** One past the highest value id (tally size). */
  valueCount(): number
  /** The option code id of each value id. */
  readonly codeOfValue: readonly number[]
  /** The value id of each value descriptor. */
  readonly valueOfDescriptor: readonly number[]
  /** Codes offered by at least one product: most products first, then by code. */
  codes(): number[]
  code(codeId: number): string
  /** The option's name: the most common among the products offering it. */
  name(codeId: number): string
  /** The value code of a value id (without its option code). */
  valueCode(valueId: number): string
  label(valueId: number): string
  swatch(valueId: number): string | null
  /** Value ids of the option in facet order (values offered by at least one product). */
  orderedValues(codeId: number): readonly number[]
}

type Descriptor = { readonly of: number; readonly text: string; readonly swatch: string | null; count: number }

export function createOptionRegistry(): OptionRegistry {
  // Id 0 of codes and values is "none".
  const codeIds = new Map<string, number>()
  const codes: string[] = ['']
  const valueIds = new Map<string, number>()
  const codeOfValue: number[] = [0]
  const valueCodes: string[] = ['']
  const valueDescriptors = new Map<string, number>()
  const valueDescriptorList: Descriptor[] = []
  const valueOfDescriptor: number[] = []
  const descriptorsOfValue: number[][] = [[]]
  const nameDescriptors = new Map<string, number>()
  const nameDescriptorList: Descriptor[] = []
  const descriptorsOfCode: number[][] = [[]]
  /** Per code: "a" → how many products offer value a; "a b" → how many list a right before b. */
  const edges: Map<string, number>[] = [new Map()]
  const productsOfCode: number[] = [0]
  const orderCache = new Map<number, number[]>()

  function internCode(code: string): number {
    let id = codeIds.get(code)
    if (id === undefined) {
      id = codes.length
      codes.push(code)
      codeIds.set(code, id)
      descriptorsOfCode.push([])
      edges.push(new Map())
      productsOfCode.push(0)
    }
    return id
  }

  function internValue(codeId: number, code: string, value: string): number {
    const token = `${code}:${value}`
    let id = valueIds.get(token)
    if (id === undefined) {
      id = codeOfValue.length
      codeOfValue.push(codeId)
      valueCodes.push(value)
      valueIds.set(token, id)
      descriptorsOfValue.push([])
    }
    return id
  }

  function countDescriptor(
    map: Map<string, number>,
    list: Descriptor[],
    owners: number[][],
    of: number,
    text: string,
    swatch: string | null,
  ): number {
    const key = `${of}\u0000${text}\u0000${swatch ?? ''}`
    let id = map.get(key)
    if (id === undefined) {
      id = list.length
      list.push({ of, text, swatch, count: 0 })
      map.set(key, id)
      owners[of]!.push(id)
    }
    list[id]!.count += 1
    return id
  }

  function countEdges(codeId: number, values: ArrayLike<number>, from: number, to: number, delta: number): void {
    const counts = edges[codeId]!
    const count = (key: string) => {
      const next = (counts.get(key) ?? 0) + delta
      if (next > 0) counts.set(key, next)
      else counts.delete(key)
    }
    for (let i = from; i < to; i++) {
      count(String(values[i]))
      if (i > from) count(`${values[i - 1]} ${values[i]}`)
    }
    orderCache.delete(codeId)
  }

  function acquire(entry: SearchOptions): number[] | null {
    if (entry.options.length === 0) return null
    const m = entry.options.length
    const optionCodes = entry.options.map((option) => internCode(option.code))
    const valueDescs: number[] = []
    const nameDescs: number[] = []
    const ids = entry.options.map((option, position) => {
      const codeId = optionCodes[position]!
      nameDescs.push(countDescriptor(nameDescriptors, nameDescriptorList, descriptorsOfCode, codeId, option.name, null))
      productsOfCode[codeId]! += 1
      const byCode = new Map<string, number>()
      const chain: number[] = []
      for (const value of option.values) {
        const valueId = internValue(codeId, option.code, value.code)
        byCode.set(value.code, valueId)
        chain.push(valueId)
        valueDescs.push(
          countDescriptor(
            valueDescriptors,
            valueDescriptorList,
            descriptorsOfValue,
            valueId,
            value.label,
            value.swatch,
          ),
        )
        valueOfDescriptor[valueDescs.at(-1)!] = valueId
      }
      countEdges(codeId, chain, 0, chain.length, 1)
      return byCode
    })
    const stocked = entry.variants.filter((variant) => variant.inStock)
    const sold = entry.variants.filter((variant) => !variant.inStock)
    const variantValues: number[] = []
    for (const variant of [...stocked, ...sold]) {
      for (let j = 0; j < m; j++) {
        const code = variant.values[j]
        variantValues.push(code == null ? 0 : (ids[j]!.get(code) ?? 0))
      }
    }
    const inStock = [...new Set(variantValues.slice(0, stocked.length * m).filter((value) => value !== 0))]
    return [
      m,
      entry.variants.length,
      stocked.length,
      valueDescs.length,
      inStock.length,
      ...valueDescs,
      ...nameDescs,
      ...inStock,
      ...variantValues,
    ]
  }

  function release(block: ArrayLike<number>, start: number): void {
    const m = block[start]!
    const k = block[start + 3]!
    const values = start + blockHeader
    for (let i = 0; i < k; i++) valueDescriptorList[block[values + i]!]!.count -= 1
    for (let j = 0; j < m; j++) {
      const name = nameDescriptorList[block[values + k + j]!]!
      name.count -= 1
      productsOfCode[name.of]! -= 1
    }
    // The offered values, option by option in the product's order: the same chains acquire counted.
    let from = 0
    const chain = Array.from({ length: k }, (_, i) => valueOfDescriptor[block[values + i]!]!)
    for (let i = 1; i <= k; i++) {
      if (i === k || codeOfValue[chain[i]!] !== codeOfValue[chain[from]!]) {
        countEdges(codeOfValue[chain[from]!]!, chain, from, i, -1)
        from = i
      }
    }
  }

  /** The most common live descriptor (ties: the smallest text, then swatch). */
  function winner(list: readonly Descriptor[], ids: readonly number[]): Descriptor | undefined {
    let best: Descriptor | undefined
    for (const id of ids) {
      const candidate = list[id]!
      if (candidate.count <= 0) continue
      if (
        !best ||
        candidate.count > best.count ||
        (candidate.count === best.count &&
          (candidate.text < best.text ||
            (candidate.text === best.text && (candidate.swatch ?? '') < (best.swatch ?? ''))))
      ) {
        best = candidate
      }
    }
    return best
  }

  function orderedValues(codeId: number): number[] {
    const cached = orderCache.get(codeId)
    if (cached) return cached
    const order = mergeOrders(edges[codeId] ?? new Map(), (a, b) => compareCodes(valueCodes[a]!, valueCodes[b]!))
    orderCache.set(codeId, order)
    return order
  }

  return {
    acquire,
    release,
    findValue: (token) => valueIds.get(token),
    findCode: (code) => codeIds.get(code),
    valueCount: () => codeOfValue.length,
    codeOfValue,
    valueOfDescriptor,
    codes: () =>
      codes
        .map((_, id) => id)
        .filter((id) => (productsOfCode[id] ?? 0) > 0)
        .sort((a, b) => productsOfCode[b]! - productsOfCode[a]! || compareCodes(codes[a]!, codes[b]!)),
    code: (codeId) => codes[codeId] ?? '',
    name: (codeId) => winner(nameDescriptorList, descriptorsOfCode[codeId] ?? [])?.text ?? codes[codeId] ?? '',
    valueCode: (valueId) => valueCodes[valueId] ?? '',
    label: (valueId) => winner(valueDescriptorList, descriptorsOfValue[valueId] ?? [])?.text ?? valueCodes[valueId]!,
    swatch: (valueId) => winner(valueDescriptorList, descriptorsOfValue[valueId] ?? [])?.swatch ?? null,
    orderedValues,
  }
}

/** Codes as people sort them: "9" before "10", otherwise by code point (the same on every side). */
export function compareCodes(a: string, b: string): number {
  const numeric = /^\d+(?:\.\d+)?$/
  if (numeric.test(a) && numeric.test(b)) return Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0)
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * The nodes ("a") in an order that keeps as many of the edges ("a b": a comes before b) as it can: a
 * topological sort taking the smallest ready node first; a cycle (products disagreeing) is broken
 * at its smallest node.
 */
export function mergeOrders(graph: ReadonlyMap<string, number>, compare: (a: number, b: number) => number): number[] {
  const after = new Map<number, number[]>()
  const before = new Map<number, number>()
  for (const key of graph.keys()) {
    if (key.includes(' ')) continue
    after.set(Number(key), [])
    before.set(Number(key), 0)
  }
  for (const key of graph.keys()) {
    if (!key.includes(' ')) continue
    const [a, b] = key.split(' ').map(Number) as [number, number]
    after.get(a)?.push(b)
    before.set(b, (before.get(b) ?? 0) + 1)
  }
  const order: number[] = []
  const remaining = new Set(before.keys())
  while (remaining.size > 0) {
    let next: number | undefined
    for (const node of remaining) {
      if (before.get(node) === 0 && (next === undefined || compare(node, next) < 0)) next = node
    }
    if (next === undefined) for (const node of remaining) if (next === undefined || compare(node, next) < 0) next = node
    remaining.delete(next!)
    order.push(next!)
    for (const b of after.get(next!) ?? []) before.set(b, before.get(b)! - 1)
  }
  return order
}
