package reports

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/skillgap/skillgap/internal/testenv"
)

// chromium finds the browser: $SKILLGAP_CHROMIUM, else chromium on $PATH.
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("SKILLGAP_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	testenv.Missing(t, "no headless browser: install Debian's chromium package (apt-get install -y chromium) or set SKILLGAP_CHROMIUM to test the HTML report in a browser")
	return ""
}

// pageEvents collects what the page did that a report must never do.
type pageEvents struct {
	mu       sync.Mutex
	problems []string // console errors, exceptions, error log entries, dialogs
	requests []string // URLs the page asked for
}

func (p *pageEvents) add(list *[]string, s string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	*list = append(*list, s)
}

func (p *pageEvents) listen(ev any) {
	switch e := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeWarning || e.Type == runtime.ConsoleAPICalledTypeAssert {
			var args []string
			for _, a := range e.Args {
				args = append(args, string(a.Value)+a.Description)
			}
			p.add(&p.problems, fmt.Sprintf("console.%s: %s", e.Type, strings.Join(args, " ")))
		}
	case *runtime.EventExceptionThrown:
		p.add(&p.problems, "exception: "+e.ExceptionDetails.Text)
	case *cdplog.EventEntryAdded:
		if e.Entry.Level == cdplog.EntryLevelError || e.Entry.Level == cdplog.EntryLevelWarning {
			p.add(&p.problems, fmt.Sprintf("log %s (%s): %s %s", e.Entry.Level, e.Entry.Source, e.Entry.Text, e.Entry.URL))
		}
	case *page.EventJavascriptDialogOpening:
		p.add(&p.problems, "dialog: "+e.Message)
	case *network.EventRequestWillBeSent:
		p.add(&p.requests, e.Request.URL)
	}
}

// browse opens the HTML file in headless Chromium and runs check on the page.
func browse(t *testing.T, html []byte, check func(ctx context.Context, ev *pageEvents)) {
	t.Helper()
	exe := chromium(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "report.html")
	if err := os.WriteFile(file, html, 0o644); err != nil {
		t.Fatal(err)
	}
	alloc, cancel := chromedp.NewExecAllocator(t.Context(),
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox, // root in CI needs it
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(filepath.Join(dir, "profile")),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.WindowSize(1100, 900),
	)
	defer cancel()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	ev := &pageEvents{}
	// The first Run starts the browser; it must not carry the timeout.
	if err := chromedp.Do(ctx, enable()); err != nil {
		t.Fatalf("start chromium %s: %v", exe, err)
	}
	if err := chromedp.Listen(ctx, ev.listen); err != nil {
		t.Fatal(err)
	}
	tctx, tcancel := context.WithTimeout(ctx, 60*time.Second)
	defer tcancel()
	u := (&url.URL{Scheme: "file", Path: file}).String()
	if err := chromedp.Do(tctx, chromedp.Navigate(u), chromedp.WaitReady("body")); err != nil {
		t.Fatalf("open %s: %v", u, err)
	}
	check(tctx, ev)
	ev.mu.Lock()
	defer ev.mu.Unlock()
	for _, p := range ev.problems {
		t.Errorf("page reported a problem: %s", p)
	}
	for _, r := range ev.requests {
		if r != u {
			t.Errorf("page requested %s; want no request but the page itself", r)
		}
	}
}

// enable turns on the event domains the checks listen to.
func enable() chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		if _, err := cdp.Call(ctx, t, network.Enable, network.EnableParams{}); err != nil {
			return err
		}
		if _, err := cdp.Call(ctx, t, cdplog.Enable, cdp.Empty{}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, t, page.Enable, page.EnableParams{})
		return err
	})
}

// box is the size of one chart as the browser laid it out.
type box struct {
	Label         string
	Width, Height float64
}

const chartBoxes = `Array.from(document.querySelectorAll('svg.chart, svg.gantt')).map(s => {
	const r = s.getBoundingClientRect();
	return {Label: s.getAttribute('aria-label') || '', Width: r.width, Height: r.height};
})`

func TestBrowserHTML(t *testing.T) {
	var html bytes.Buffer
	if err := HTML(&html, sampleReport()); err != nil {
		t.Fatalf("HTML: %v", err)
	}
	browse(t, html.Bytes(), func(ctx context.Context, ev *pageEvents) {
		boxes, err := chromedp.Run(ctx, chromedp.Evaluate[[]box](chartBoxes))
		if err != nil {
			t.Fatalf("measure charts: %v", err)
		}
		want := []string{"Share of matching postings", "Share of postings per", "Timeline of goals"}
		if len(boxes) != len(want) {
			t.Fatalf("got %d charts %v; want %d", len(boxes), boxes, len(want))
		}
		for i, b := range boxes {
			if !strings.HasPrefix(b.Label, want[i]) {
				t.Errorf("chart %d is %q; want %q…", i, b.Label, want[i])
			}
			if b.Width < 100 || b.Height < 50 {
				t.Errorf("chart %q is %.0f×%.0f px; want a visible size", b.Label, b.Width, b.Height)
			}
		}
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot: %v", err)
		}
		writeArtifact(t, "screenshot.png", png)

		// Printed, the charts keep their size and the page makes a PDF.
		if _, err := chromedp.Run(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
			return err
		})); err != nil {
			t.Fatalf("emulate print: %v", err)
		}
		printed, err := chromedp.Run(ctx, chromedp.Evaluate[[]box](chartBoxes))
		if err != nil {
			t.Fatalf("measure printed charts: %v", err)
		}
		for _, b := range printed {
			if b.Width < 100 || b.Height < 50 {
				t.Errorf("printed chart %q is %.0f×%.0f px; want a visible size", b.Label, b.Width, b.Height)
			}
		}
		pdf, err := chromedp.Run(ctx, func(ctx context.Context, tg *chromedp.Target) ([]byte, error) {
			r, err := cdp.Call(ctx, tg, page.PrintToPDF, page.PrintToPDFParams{})
			return r.Data, err
		})
		if err != nil {
			t.Fatalf("print to PDF: %v", err)
		}
		if !bytes.HasPrefix(pdf, []byte("%PDF")) {
			t.Errorf("print gave %d bytes starting %q; want a PDF", len(pdf), pdf[:min(8, len(pdf))])
		}
		if err := os.WriteFile(filepath.Join(t.TempDir(), "report.pdf"), pdf, 0o644); err != nil {
			t.Fatal(err)
		}
	})
}

// TestBrowserInjection opens a report full of hostile text: nothing may run,
// load or become an element.
func TestBrowserInjection(t *testing.T) {
	var html bytes.Buffer
	if err := HTML(&html, hostileReport()); err != nil {
		t.Fatalf("HTML: %v", err)
	}
	browse(t, html.Bytes(), func(ctx context.Context, ev *pageEvents) {
		const probe = `(() => {
			const bad = document.querySelectorAll('script, img, iframe, object, embed, link, base, form, a[href]').length;
			let handlers = 0;
			for (const el of document.querySelectorAll('*')) {
				for (const a of el.attributes) { if (a.name.startsWith('on')) handlers++; }
			}
			return bad + handlers;
		})()`
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](probe))
		if err != nil {
			t.Fatalf("probe: %v", err)
		}
		if n != 0 {
			t.Errorf("got %d injected elements or handlers; want 0", n)
		}
		text, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.innerText`))
		if err != nil {
			t.Fatalf("read text: %v", err)
		}
		if !strings.Contains(text, "<script>alert(1)</script>") {
			t.Errorf("page text does not show the hostile title as text")
		}
	})
}

// writeArtifact writes a file for a person to look at: always to a temp dir,
// and to testdata under -update.
func writeArtifact(t *testing.T, name string, data []byte) {
	t.Helper()
	dirs := []string{t.TempDir()}
	if *update {
		dirs = append(dirs, "testdata")
	}
	for _, d := range dirs {
		if err := os.WriteFile(filepath.Join(d, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("wrote %s (%d bytes)", filepath.Join(dirs[len(dirs)-1], name), len(data))
}
