package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/skillgap/skillgap"
	"github.com/skillgap/skillgap/configs"
)

// readTaxonomy loads the taxonomy a command works with (see loadTaxonomy)
// into the one value it passes wherever skills are looked up.
func readTaxonomy(path, dataDir string) (*skillgap.Taxonomy, error) {
	skills, err := loadTaxonomy(path, dataDir)
	if err != nil {
		return nil, err
	}
	return skillgap.NewTaxonomy(skills), nil
}

// loadTaxonomy returns the skill taxonomy commands work with: the shipped one,
// merged with dataDir/skills.yaml when that exists, then with the file at path
// (--taxonomy) when given. Errors in either file name its line and field.
func loadTaxonomy(path, dataDir string) ([]skillgap.Skill, error) {
	skills, err := configs.Taxonomy()
	if err != nil {
		return nil, fmt.Errorf("load shipped taxonomy: %w", err)
	}
	if dataDir != "" {
		skills, err = mergeTaxonomyFile(skills, filepath.Join(dataDir, "skills.yaml"), true)
		if err != nil {
			return nil, err
		}
	}
	if path != "" {
		skills, err = mergeTaxonomyFile(skills, path, false)
		if err != nil {
			return nil, err
		}
	}
	return skills, nil
}

// mergeTaxonomyFile merges the taxonomy file at path over base; a missing file
// is no error when optional.
func mergeTaxonomyFile(base []skillgap.Skill, path string, optional bool) ([]skillgap.Skill, error) {
	f, err := os.Open(path)
	if optional && errors.Is(err, fs.ErrNotExist) {
		return base, nil
	}
	if err != nil {
		return nil, fmt.Errorf("open taxonomy: %w", err)
	}
	defer f.Close()
	skills, err := configs.MergeTaxonomyFile(base, f, path)
	if err != nil {
		return nil, fmt.Errorf("load taxonomy: %w", err)
	}
	return skills, nil
}
