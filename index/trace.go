package index

import "context"

// WriteStep names a moment inside a write to the index on disk.
type WriteStep string

// The steps of a write, in order.
const (
	// StepStart: the write begins; nothing of it is on disk yet.
	StepStart WriteStep = "start"
	// StepBatch: a batch is durable in the working index, not yet committed.
	StepBatch WriteStep = "batch"
	// StepBuild: the new generation is built beside its place, not yet
	// renamed into it.
	StepBuild WriteStep = "build"
	// StepSnapshot: the new generation is in its place; CURRENT still names
	// the previous one.
	StepSnapshot WriteStep = "snapshot"
	// StepCommit: CURRENT names the new generation; readers opening now see
	// the write.
	StepCommit WriteStep = "commit"
)

// WriteTrace is called at each step of each write (ApplySources, Put) made
// with a context that carries it, write counting the writes of one Open from
// 1. It runs in the writing goroutine, inside the write: it lets a test stop
// a process at chosen moments inside writes (kill -9 trials).
type WriteTrace func(write int, step WriteStep)

type traceKey struct{}

// WithWriteTrace returns a context whose index writes call trace, as
// net/http/httptrace does for requests.
func WithWriteTrace(ctx context.Context, trace WriteTrace) context.Context {
	return context.WithValue(ctx, traceKey{}, trace)
}

// traceOf returns the trace ctx carries; calling it is safe when there is none.
func traceOf(ctx context.Context) WriteTrace {
	t, _ := ctx.Value(traceKey{}).(WriteTrace)
	return t
}

func (t WriteTrace) step(write int, step WriteStep) {
	if t != nil {
		t(write, step)
	}
}
