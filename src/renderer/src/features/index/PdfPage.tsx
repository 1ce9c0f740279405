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
export function PdfPage({ base64, page, onPage }: { base64: string; page: number; onPage: (page: number) => void }) {
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
      render.promise.catch(() => undefined);
    });
    return () => {
      cancelled = true;
      render?.cancel();
    };
  }, [doc, page]);

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
