/** Branded identifiers: a ProductId cannot be passed where a CategoryId is expected. */
declare const brand: unique symbol
export type Brand<T, B extends string> = T & { readonly [brand]: B }

export type ProductId = Brand<string, 'ProductId'>
export type CategoryId = Brand<string, 'CategoryId'>

export const asProductId = (id: string): ProductId => id as ProductId
export const asCategoryId = (id: string): CategoryId => id as CategoryId
export type VariantId = Brand<string, 'VariantId'>
export const asVariantId = (id: string): VariantId => id as VariantId
