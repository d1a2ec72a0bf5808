import { GALLERY_IMAGES } from '../../../../shared';
import { AssetPicker } from './asset-picker';
import type { EditorPartProps, EditorPartRegistry } from './block-part-types';
import { SelectField, TextField } from './fields';
import { ItemRowControls } from './item-row-controls';
import { addItem, updateItem } from './item-list';

function GalleryEditor({ block, onChange }: EditorPartProps<'gallery'>) {
  const images = block.images;
  const setImages = (next: typeof images) => onChange({ ...block, images: next });
  return (
    <div className="block-fields">
      <div className="block-fields-row">
        <SelectField
          label="Layout"
          value={block.layout}
          options={[
            { value: 'grid', label: 'Grid' },
            { value: 'carousel', label: 'Carousel (one at a time)' },
          ]}
          onChange={(layout) => onChange({ ...block, layout })}
        />
        <TextField
          className="field-grow"
          label="Gallery title (names it for screen readers)"
          value={block.title}
          onChange={(title) => onChange({ ...block, title })}
        />
      </div>
      <fieldset className="item-list">
        <legend>Images</legend>
        <ol>
          {images.map((img, i) => (
            <li key={img.id} className="item-list-row">
              <AssetPicker
                label={`Image ${i + 1} file`}
                kind="image"
                value={img.assetId}
                onChange={(assetId) => setImages(updateItem(images, img.id, { assetId }))}
              />
              <TextField
                label={`Image ${i + 1} alt text`}
                value={img.alt}
                required={!!img.assetId}
                onChange={(alt) => setImages(updateItem(images, img.id, { alt }))}
              />
              <TextField
                label={`Image ${i + 1} caption`}
                value={img.caption}
                onChange={(caption) => setImages(updateItem(images, img.id, { caption }))}
              />
              <ItemRowControls items={images} index={i} what="image" min={GALLERY_IMAGES.min} onChange={setImages} />
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button-small"
          disabled={images.length >= GALLERY_IMAGES.max}
          onClick={() =>
            setImages(addItem(images, { id: crypto.randomUUID(), assetId: null, alt: '', caption: '' }, GALLERY_IMAGES))
          }
        >
          Add image
        </button>
      </fieldset>
    </div>
  );
}

export const galleryParts: Pick<EditorPartRegistry, 'gallery'> = { gallery: GalleryEditor };
