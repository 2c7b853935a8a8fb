package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"github.com/skillgap/skillgap"
)

// errMigrate: the index on disk has an earlier mapping (version 1, 2 or 3),
// which Open rebuilds. It wraps ErrMapping, which is what read-only opens
// report.
var errMigrate = fmt.Errorf("%w (an earlier mapping)", ErrMapping)

// migrate rebuilds the index at path, written with an earlier mapping, with
// the current one: it
// reads every posting, writes them into a new index beside path, and swaps
// the two. Duplicate marks are decided again, as they were; the category map
// of an old index goes onto the skill mentions. The sources' validators cannot be listed, so they are not carried
// over: the next crawl fetches every board once in full. A process killed
// during the rebuild leaves the old index in place (restoreMigration).
func migrate(ctx context.Context, dataDir, path string) error {
	oldBI, err := bleve.OpenUsing(path, config(map[string]any{"read_only": true}))
	if err != nil {
		return err
	}
	old := &Index{bi: oldBI, codec: newCodec()}
	tmp := path + ".new"
	err = errors.Join(os.RemoveAll(tmp), rebuild(ctx, old, tmp))
	if cerr := oldBI.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if err := os.Rename(path, path+".old"); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	if err := syncDir(dataDir); err != nil {
		return err
	}
	return os.RemoveAll(path + ".old")
}

// rebuild writes every posting of old into a new index at path.
func rebuild(ctx context.Context, old *Index, path string) error {
	bi, err := bleve.NewUsing(path, newMapping(), scorch.Name, scorch.Name, config(nil))
	if err != nil {
		return err
	}
	idx := &Index{bi: bi, codec: newCodec()}
	err = bi.SetInternal([]byte(keyMapping), []byte(mappingVersion))
	// The old index's category map (from before mentions carried their
	// category) goes onto the mentions, so the rebuilt index needs none.
	var cats map[string]string
	if c, cerr := old.bi.GetInternal([]byte(keyCategories)); err == nil && cerr == nil && len(c) > 0 {
		err = json.Unmarshal(c, &cats)
	}
	var chunk []skillgap.Posting
	if err == nil {
		err = old.Each(ctx, func(p skillgap.Posting) error {
			for i, m := range p.Skills {
				if m.Category == "" {
					p.Skills[i].Category = cats[m.SkillID]
				}
			}
			if chunk = append(chunk, p); len(chunk) < PutWindow {
				return nil
			}
			err := idx.Put(ctx, chunk)
			chunk = chunk[:0]
			return err
		})
	}
	if err == nil && len(chunk) > 0 {
		err = idx.Put(ctx, chunk)
	}
	return errors.Join(err, bi.Close())
}

// restoreMigration undoes what a migration killed half-way left: the old
// index renamed away and the new one not yet in its place. The old index is
// put back (and migrated again); a finished migration's leftover is removed.
func restoreMigration(path string) error {
	old := path + ".old"
	if _, err := os.Stat(filepath.Join(old, "index_meta.json")); err != nil {
		return nil
	}
	_, err := os.Stat(filepath.Join(path, "index_meta.json"))
	switch {
	case err == nil:
		return os.RemoveAll(old)
	case errors.Is(err, fs.ErrNotExist):
		return errors.Join(os.RemoveAll(path), os.Rename(old, path))
	}
	return err
}

// syncDir makes the renames in dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
