import StarterKit from '@tiptap/starter-kit';
import { LINK_PROTOCOLS } from '../../../../shared';

/**
 * Tiptap configured with exactly the nodes and marks `shared/model/rich-text.ts` allows, so pasted
 * HTML parses into nothing else. History is off: undo belongs to the editor-wide history.
 */
export const richTextExtensions = [
  StarterKit.configure({
    heading: { levels: [3, 4] },
    undoRedo: false,
    strike: false,
    horizontalRule: false,
    dropcursor: false,
    trailingNode: false,
    link: {
      openOnClick: false,
      autolink: true,
      protocols: LINK_PROTOCOLS.map((p) => p.replace(':', '')),
      isAllowedUri: (url) => /^(https?:|mailto:)/i.test(url.trim()),
    },
  }),
];
