import { z } from 'zod';
import { schemaKit } from './schema-kit';
import { BLOCK_SCHEMA_BUILDERS } from '../core/block-schemas';

/**
 * Lesson content blocks, built from the block descriptors' schema builders (`shared/core/blocks/*`). To add a
 * block kind, add its schema builder and descriptor there; the union, `BlockType` and every registry follow.
 */
type Builders = typeof BLOCK_SCHEMA_BUILDERS;
type BlockSchemas = { [K in keyof Builders]: ReturnType<Builders[K]> };
type AnyBlockSchema = BlockSchemas[keyof BlockSchemas];

export const blockSchemaByKind = Object.fromEntries(
  Object.entries(BLOCK_SCHEMA_BUILDERS).map(([kind, build]) => [kind, build(z, schemaKit)]),
) as BlockSchemas;

const options = Object.values(blockSchemaByKind) as AnyBlockSchema[];
export const blockSchema = z.discriminatedUnion('type', options as [AnyBlockSchema, ...AnyBlockSchema[]]);
export type Block = z.infer<typeof blockSchema>;
export type BlockType = Block['type'];
export type BlockOf<T extends BlockType> = Extract<Block, { type: T }>;

/** A block before it has an id (input to `blocks.create`); the library assigns the id. */
export type NewBlockOf<T extends BlockType> = Omit<z.input<BlockSchemas[T]>, 'id'>;
export type NewBlock = { [K in BlockType]: NewBlockOf<K> }[BlockType];
type NewBlockOutput = { [K in BlockType]: Omit<BlockOf<K>, 'id'> }[BlockType];
export const newBlockSchema = z.discriminatedUnion(
  'type',
  options.map((o) => (o as z.ZodObject).omit({ id: true })) as unknown as [AnyBlockSchema, ...AnyBlockSchema[]],
) as unknown as z.ZodType<NewBlockOutput, NewBlock>;
