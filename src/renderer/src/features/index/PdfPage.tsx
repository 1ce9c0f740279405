import { useEffect, useRef, useState } from 'react';
import { ActionIcon, Center, Group, Loader, Paper, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// pdf.js renders in its own worker, loaded from the app's own files (CSP: worker-src 'self').
pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

type Doc = Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;

const fromBase64 = (b64: string): Uint8Array => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

/** One page of the report beside the values, so every value can be checked against its source. */
export function PdfPage({ base64, page, onPage, mark }: { base64: string; page: number; onPage: (page: number) => void; mark?: number | null }) {
  const { t } = useTranslation('indexReports');
  const canvas = useRef<HTMLCanvasElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [doc, setDoc] = useState<Doc | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    const task = pdfjs.getDocument({ data: fromBase64(base64), isEvalSupported: false });
    task.promise.then(
      (d) => !cancelled && setDoc(d),
      (e: unknown) => !cancelled && setError(String(e)),
    );
    return () => {
      cancelled = true;
      void task.destroy();
    };
  }, [base64]);

  useEffect(() => {
    if (!doc || !canvas.current) return;
    let cancelled = false;
    let render: { cancel(): void; promise: Promise<void> } | null = null;
    void doc.getPage(Math.min(Math.max(page, 1), doc.numPages)).then((p) => {
      if (cancelled || !canvas.current) return;
      const width = box.current?.clientWidth ?? 600;
      const base = p.getViewport({ scale: 1 });
      const viewport = p.getViewport({ scale: (width / base.width) * (window.devicePixelRatio || 1) });
      const c = canvas.current;
      c.width = viewport.width;
      c.height = viewport.height;
      c.style.width = '100%';
      render = p.render({ canvas: c, viewport });
      const done = render.promise;
      done.catch(() => undefined);
      if (mark === null || mark === undefined) return;
      // Highlight the line(s) where the value is written ("78%", "78 %", "78 out of 100", "78 sur 100").
      const re = new RegExp(`(?<![\\d\\p{L}])${mark}(?:\\s*%|\\s+out of 100|\\s+sur 100)`, 'u');
      void Promise.all([done, p.getTextContent()]).then(([, content]) => {
        if (cancelled) return;
        const ctx = c.getContext('2d')!;
        ctx.fillStyle = 'rgba(255, 190, 0, 0.35)';
        for (const item of content.items) {
          if (!('str' in item) || !re.test(item.str)) continue;
          const tx = pdfjs.Util.transform(viewport.transform, item.transform as number[]) as number[];
          const h = Math.hypot(tx[2]!, tx[3]!);
          ctx.fillRect(tx[4]! - 2, tx[5]! - h, item.width * viewport.scale + 4, h * 1.3);
        }
      }, () => undefined);
    });
    return () => {
      cancelled = true;
      render?.cancel();
    };
  }, [doc, page, mark]);

  if (error) return <Text c="red">{error}</Text>;
  return (
    <Paper withBorder p="xs" data-testid="pdf-pane">
      <Group justify="space-between" mb="xs">
        <ActionIcon variant="subtle" aria-label={t('review.prev')} disabled={!doc || page <= 1} onClick={() => onPage(page - 1)}>
          <IconChevronLeft />
        </ActionIcon>
        <Text size="sm" fw={600} data-testid="pdf-page-label">
          {doc ? t('review.pdfTitle', { page, pages: doc.numPages }) : t('review.pdfLoading')}
        </Text>
        <ActionIcon variant="subtle" aria-label={t('review.next')} disabled={!doc || page >= doc.numPages} onClick={() => onPage(page + 1)}>
          <IconChevronRight />
        </ActionIcon>
      </Group>
      <div ref={box} style={{ background: 'white', minHeight: 200 }}>
        {!doc && (
          <Center h={300}>
            <Loader />
          </Center>
        )}
        <canvas ref={canvas} data-testid="pdf-canvas" style={{ display: doc ? 'block' : 'none' }} />
      </div>
    </Paper>
  );
}
