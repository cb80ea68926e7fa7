// jieba with its default dictionary, built once per process or thread: the dictionary takes about 0.15 s and 40 MB,
// and both the block classifier and the library search's word splitting (lib/search/segment-words.ts) use it.
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";

let instance: Jieba | null = null;

export function jieba(): Jieba {
  instance ??= Jieba.withDict(dict);
  return instance;
}
