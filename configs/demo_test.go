package configs

import (
	"encoding/json"
	"encoding/xml"
	"html"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/skillgap/skillgap"
)

// demoJob is one posting of the sample market, read by the test's own small
// decoders (the crawler's parsers are tested on their own).
type demoJob struct {
	Kind, Source, Company, Title string
	Posted                       time.Time // zero when the page gives no date
	Text                         string    // the description, HTML included
}

var (
	productTitle = regexp.MustCompile(`(?i)product (manager|owner|lead)|head of .*product|director(,| of) product|vp(,| of) product|vice president, product|chief product officer`)
	otherTitle   = regexp.MustCompile(`(?i)marketing|designer|engineer|analyst|program manager`)
	llmWords     = regexp.MustCompile(`\bLLMs?\b|[Gg]enerative AI|\bGenAI\b|[Ll]arge language model`)
	ldScript     = regexp.MustCompile(`(?s)<script type="application/ld\+json">(.*?)</script>`)
)

func isProduct(title string) bool {
	return productTitle.MatchString(title) && !otherTitle.MatchString(title)
}

func readDemo(t *testing.T, fsys fs.FS, name string) []byte {
	t.Helper()
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	return b
}

func decodeDemo(t *testing.T, fsys fs.FS, name string, v any) {
	t.Helper()
	if err := json.Unmarshal(readDemo(t, fsys, name), v); err != nil {
		t.Fatalf("decode %s: %v", name, err)
	}
}

// demoJobs reads every posting of every source in the sample market. It also
// returns how many JSON-LD blocks did not parse.
func demoJobs(t *testing.T) (jobs []demoJob, badBlocks int) {
	t.Helper()
	fsys := DemoFS()
	for _, s := range DemoSources("http://demo.test") {
		switch s.Kind {
		case skillgap.Greenhouse:
			var b struct {
				Jobs []struct {
					Title, Content string
					FirstPublished time.Time `json:"first_published"`
				} `json:"jobs"`
				Meta struct{ Total int } `json:"meta"`
			}
			decodeDemo(t, fsys, "v1/boards/"+s.Board+"/jobs.json", &b)
			if b.Meta.Total != len(b.Jobs) {
				t.Errorf("greenhouse %s: meta.total %d; want %d", s.Board, b.Meta.Total, len(b.Jobs))
			}
			for _, j := range b.Jobs {
				jobs = append(jobs, demoJob{s.Kind, s.Name, s.Company, j.Title, j.FirstPublished, html.UnescapeString(j.Content)})
			}
		case skillgap.Lever:
			var b []struct {
				Text, Description, Additional string
				CreatedAt                     int64
				Lists                         []struct{ Text, Content string }
			}
			decodeDemo(t, fsys, "v0/postings/"+s.Board+".json", &b)
			for _, j := range b {
				text := j.Description + j.Additional
				for _, l := range j.Lists {
					text += l.Text + l.Content
				}
				jobs = append(jobs, demoJob{s.Kind, s.Name, s.Company, j.Text, time.UnixMilli(j.CreatedAt), text})
			}
		case skillgap.Ashby:
			var b struct {
				Jobs []struct {
					Title, DescriptionHTML string
					PublishedAt            time.Time
					IsListed               bool
				}
			}
			decodeDemo(t, fsys, "posting-api/job-board/"+s.Board+".json", &b)
			for _, j := range b.Jobs {
				if j.IsListed {
					jobs = append(jobs, demoJob{s.Kind, s.Name, s.Company, j.Title, j.PublishedAt, j.DescriptionHTML})
				}
			}
		case skillgap.JSONLD:
			js, bad := siteJobs(t, fsys, s)
			jobs, badBlocks = append(jobs, js...), badBlocks+bad
		case skillgap.Feed:
			jobs = append(jobs, feedJobs(t, fsys, s)...)
		default:
			t.Fatalf("source %s: unknown kind %q", s.Name, s.Kind)
		}
	}
	return jobs, badBlocks
}

// siteJobs reads the job pages of a career site through its JobPosting JSON-LD.
func siteJobs(t *testing.T, fsys fs.FS, s skillgap.Source) (jobs []demoJob, bad int) {
	t.Helper()
	dir := strings.TrimPrefix(strings.TrimPrefix(s.URL, "http://demo.test/"), "/")
	readDemo(t, fsys, dir+"index.html")
	pages, err := fs.Glob(fsys, dir+"jobs/*.html")
	if err != nil || len(pages) == 0 {
		t.Fatalf("site %s: no job pages under %s (%v)", s.Name, dir, err)
	}
	for _, name := range pages {
		var found []map[string]any
		for _, m := range ldScript.FindAllSubmatch(readDemo(t, fsys, name), -1) {
			var v any
			if err := json.Unmarshal(m[1], &v); err != nil {
				bad++
				continue
			}
			found = append(found, jobPostings(v)...)
		}
		if len(found) != 1 {
			t.Errorf("%s: %d JobPosting objects; want 1", name, len(found))
			continue
		}
		jp := found[0]
		var posted time.Time
		if d, ok := jp["datePosted"].(string); ok {
			posted, err = time.Parse(time.RFC3339, d)
			if err != nil {
				posted, err = time.Parse(time.DateOnly, d)
			}
			if err != nil {
				t.Errorf("%s: datePosted %q: %v", name, d, err)
			}
		}
		org, _ := jp["hiringOrganization"].(map[string]any)
		title, _ := jp["title"].(string)
		desc, _ := jp["description"].(string)
		company, _ := org["name"].(string)
		jobs = append(jobs, demoJob{s.Kind, s.Name, company, title, posted, desc})
	}
	return jobs, bad
}

// jobPostings finds the JobPosting objects in a JSON-LD value: a single object,
// an array, or an @graph, with @type a string or an array.
func jobPostings(v any) []map[string]any {
	switch x := v.(type) {
	case []any:
		var out []map[string]any
		for _, e := range x {
			out = append(out, jobPostings(e)...)
		}
		return out
	case map[string]any:
		if g, ok := x["@graph"]; ok {
			return jobPostings(g)
		}
		switch typ := x["@type"].(type) {
		case string:
			if typ == "JobPosting" {
				return []map[string]any{x}
			}
		case []any:
			for _, e := range typ {
				if e == "JobPosting" {
					return []map[string]any{x}
				}
			}
		}
	}
	return nil
}

func feedJobs(t *testing.T, fsys fs.FS, s skillgap.Source) []demoJob {
	t.Helper()
	var rss struct {
		Channel struct {
			Items []struct {
				Title       string `xml:"title"`
				Description string `xml:"description"`
				PubDate     string `xml:"pubDate"`
			} `xml:"item"`
		} `xml:"channel"`
	}
	name := strings.TrimPrefix(s.URL, "http://demo.test/")
	if err := xml.Unmarshal(readDemo(t, fsys, name), &rss); err != nil {
		t.Fatalf("decode %s: %v", name, err)
	}
	var jobs []demoJob
	for _, it := range rss.Channel.Items {
		company, title, ok := strings.Cut(it.Title, ": ")
		if !ok {
			t.Errorf("%s: item title %q is not \"Company: Role\"", name, it.Title)
		}
		posted, err := time.Parse(time.RFC1123Z, it.PubDate)
		if err != nil {
			t.Errorf("%s: pubDate %q: %v", name, it.PubDate, err)
		}
		jobs = append(jobs, demoJob{s.Kind, s.Name, company, title, posted, it.Description})
	}
	return jobs
}

func TestDemoSources(t *testing.T) {
	const base = "http://127.0.0.1:41234"
	srcs := DemoSources(base + "/")
	kinds := map[string]int{}
	names := map[string]bool{}
	for _, s := range srcs {
		kinds[s.Kind]++
		if names[s.Name] {
			t.Errorf("source name %q used twice", s.Name)
		}
		names[s.Name] = true
		switch s.Kind {
		case skillgap.JSONLD, skillgap.Feed:
			if !strings.HasPrefix(s.URL, base+"/") || s.BaseURL != "" {
				t.Errorf("source %s: url %q, base_url %q; want url under %s", s.Name, s.URL, s.BaseURL, base)
			}
		default:
			if s.BaseURL != base || s.Board == "" || s.Company == "" {
				t.Errorf("source %s: base_url %q, board %q, company %q; want base_url %s with board and company", s.Name, s.BaseURL, s.Board, s.Company, base)
			}
		}
	}
	for _, k := range demoKinds() {
		if kinds[k] == 0 {
			t.Errorf("no %s source in the sample market", k)
		}
	}
}

// TestDemoMarket reads every posting of the sample market once and checks it.
func TestDemoMarket(t *testing.T) {
	jobs, bad := demoJobs(t)
	t.Run("counts", func(t *testing.T) { checkDemoCounts(t, jobs, bad) })
	t.Run("trend", func(t *testing.T) { checkDemoTrend(t, jobs) })
	t.Run("truth", func(t *testing.T) { checkDemoTruth(t, jobs) })
}

func checkDemoCounts(t *testing.T, jobs []demoJob, bad int) {
	if bad != 1 {
		t.Errorf("malformed JSON-LD blocks: got %d; want 1 (the deliberate one)", bad)
	}
	from, to := DemoAsOf().AddDate(-2, 0, 0), DemoAsOf().AddDate(0, 0, 1)
	companies := map[string]bool{}
	perKind := map[string]int{}
	product, other, undated := 0, 0, 0
	for _, j := range jobs {
		companies[j.Company] = true
		if j.Posted.IsZero() {
			undated++
		} else if j.Posted.Before(from) || !j.Posted.Before(to) {
			t.Errorf("%s %q: posted %v, outside %v … %v", j.Source, j.Title, j.Posted, from, to)
		}
		if !isProduct(j.Title) {
			other++
			continue
		}
		product++
		perKind[j.Kind]++
	}
	if len(companies) < 12 {
		t.Errorf("companies: got %d; want at least 12", len(companies))
	}
	if product < 400 {
		t.Errorf("product postings: got %d; want at least 400", product)
	}
	if share := float64(other) / float64(len(jobs)); share < 0.05 || share > 0.2 {
		t.Errorf("non-product postings: got %d of %d (%.0f%%); want about 10%%", other, len(jobs), 100*share)
	}
	for _, k := range demoKinds() {
		if perKind[k] < 30 {
			t.Errorf("%s product postings: got %d; want at least 30", k, perKind[k])
		}
	}
	if undated != 1 {
		t.Errorf("postings without a date: got %d; want 1 (the JSON-LD page without datePosted)", undated)
	}
}

// checkDemoTrend checks that the market shows the shift it was written to show:
// LLMs asked for rarely two years ago and often in the last six months.
func checkDemoTrend(t *testing.T, jobs []demoJob) {
	firstEnd, lastStart := DemoAsOf().AddDate(0, -18, 0), DemoAsOf().AddDate(0, -6, 0)
	var n, llm [2]int
	for _, j := range jobs {
		if !isProduct(j.Title) || j.Posted.IsZero() {
			continue
		}
		i := -1
		switch {
		case j.Posted.Before(firstEnd):
			i = 0
		case !j.Posted.Before(lastStart):
			i = 1
		}
		if i < 0 {
			continue
		}
		n[i]++
		if llmWords.MatchString(j.Text) {
			llm[i]++
		}
	}
	first, last := float64(llm[0])/float64(n[0]), float64(llm[1])/float64(n[1])
	t.Logf("postings mentioning LLMs: first six months %d/%d (%.0f%%), last six months %d/%d (%.0f%%)",
		llm[0], n[0], 100*first, llm[1], n[1], 100*last)
	if first > 0.15 || last < 0.35 {
		t.Errorf("LLM share: got %.0f%% → %.0f%%; want under 15%% in the first six months and over 35%% in the last", 100*first, 100*last)
	}
}

func TestDemoSize(t *testing.T) {
	total := 0
	err := fs.WalkDir(DemoFS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		if ext := path.Ext(p); ext != ".json" && ext != ".html" && ext != ".xml" {
			t.Errorf("%s: unexpected file type %q", p, ext)
		}
		total += int(info.Size())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if total > 3<<20 {
		t.Errorf("sample market: %d bytes; want under 3 MiB", total)
	}
}

// checkDemoTruth checks that truth.jsonl describes the postings served.
func checkDemoTruth(t *testing.T, jobs []demoJob) {
	var listed int
	for _, line := range strings.Split(strings.TrimSpace(string(DemoTruth())), "\n") {
		var v struct{ Listed bool }
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatalf("truth line %q: %v", line, err)
		}
		if v.Listed {
			listed++
		}
	}
	if listed != len(jobs) {
		t.Errorf("truth lists %d listed postings; the market has %d", listed, len(jobs))
	}
}

// demoKinds are the source kinds the sample market serves: every kind but
// smartrecruiters and workable, added by issue 16 without demo boards yet.
func demoKinds() []string {
	return slices.DeleteFunc(skillgap.SourceKinds(), func(k string) bool {
		return k == skillgap.SmartRecruiters || k == skillgap.Workable
	})
}
