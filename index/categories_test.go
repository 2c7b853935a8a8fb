package index

import "github.com/skillgap/skillgap"

// withCategories sets each mention's category from cats, as annotation does.
func withCategories(ps []skillgap.Posting, cats map[string]string) []skillgap.Posting {
	for i := range ps {
		for j, m := range ps[i].Skills {
			ps[i].Skills[j].Category = cats[m.SkillID]
		}
	}
	return ps
}
