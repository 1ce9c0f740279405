/**
 * The map section: toolbar, palette, canvas or table, side panel, snapshots; keyboard shortcuts, copy/paste,
 * workshop mode and exports. One store feeds every view so the map and the table are one dataset.
 */
import { useCallback, useDeferredValue, useEffect, useRef, useState } from 'react';
import { ActionIcon, Alert, Box, Button, Center, Group, Loader, Menu, Popover, SegmentedControl, Select, Stack, Text, TextInput, Tooltip, useComputedColorScheme } from '@mantine/core';
import { IconArrowBackUp, IconArrowForwardUp, IconDownload, IconKeyboard, IconLayoutGrid, IconMaximize, IconMinimize, IconTrash, IconUpload } from '@tabler/icons-react';
import { useReactFlow, useStoreApi, type Viewport } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { flushSync } from 'react-dom';
import type { MapView } from '../../../../shared/domain/map';
import type { Relation, RelationType, Stakeholder } from '../../../../shared/domain/stakeholders';
import { call, useTransport } from '../../api/api-context';
import { notifyError, notifySuccess } from '../../app/notify';
import { captureView, downloadDataUrl, downloadText } from './exportImage';
import { ImportModal } from './ImportModal';
import { MapCanvas } from './MapCanvas';
import { NODE_H, NODE_W, noFilters, type Filters } from './model';
import { cloneForPaste } from './ops';
import { areaOptions, langOf, relationOptions } from './options';
import { SidePanel } from './SidePanel';
import { SnapshotsView } from './SnapshotsView';
import { StakeholderTable } from './StakeholderTable';
import { parseQuickAdd } from './quickAdd';
import { useMapStore } from './store';
import { FilterButton, Palette, SearchFocus } from './Toolbar';
import { WorkshopTimer } from './Workshop';
import classes from './map.module.css';

type Tab = 'map' | 'split' | 'table' | 'snapshots';
const isTyping = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

export function MapWorkspace({ visitId }: { visitId: string }) {
  const { t, i18n } = useTranslation('map');
  const l = langOf(i18n.language);
  const transport = useTransport();
  const store = useMapStore(visitId);
  const flow = useReactFlow();
  const rf = useStoreApi();
  const scheme = useComputedColorScheme('light');
  const [tab, setTab] = useState<Tab>('map');
  const showsMap = tab === 'map' || tab === 'split';
  const [view, setView] = useState<MapView | null>(null);
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [selection, setSelection] = useState<string[]>([]);
  // The side panel follows the selection at low priority: mounting a stakeholder's form (a dozen Mantine
  // inputs) took one 150-200 ms task on a click, which now React spreads over frames after the click.
  const panelSelection = useDeferredValue(selection);
  const [category, setCategory] = useState('ngo_civil_society');
  const [relationType, setRelationType] = useState<RelationType>('partnership');
  const [workshop, setWorkshop] = useState(false);
  const [quickName, setQuickName] = useState('');
  const [importing, setImporting] = useState(false);
  const [fullDetail, setFullDetail] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [layouting, setLayouting] = useState(false);
  const clipboard = useRef<{ stakeholders: Stakeholder[]; relations: Relation[] } | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const addCount = useRef(0);
  const data = store.data;
  const currentView: MapView = view ?? data?.state.view ?? 'free';

  const saveTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const saveState = useCallback(
    (viewport: Viewport | null, v: MapView) => {
      clearTimeout(saveTimer.current);
      saveTimer.current = setTimeout(() => {
        call(transport, 'map.saveState', { visitId, state: { viewport, view: v } }).catch(notifyError);
      }, 400);
    },
    [transport, visitId],
  );
  const onViewport = useCallback((vp: Viewport) => saveState(vp, currentView), [saveState, currentView]);
  const changeView = (v: MapView) => {
    setView(v);
    saveState(flow.getViewport(), v);
    setTimeout(() => void flow.fitView({ duration: 300, padding: 0.1 }), 60);
  };

  const addAt = useCallback(
    (position: { x: number; y: number }, cat?: string, name?: string) => {
      const now = new Date().toISOString();
      const s: Stakeholder = {
        id: crypto.randomUUID(), name: name ?? t('newStakeholder'), organisation: '', category: cat ?? category, level: 'local', influence: 3, interest: 3,
        attitude: 'neutral', policyAreas: [], contactPerson: '', contactDetails: '', notes: '', tags: [], x: Math.round(position.x - NODE_W / 2), y: Math.round(position.y - NODE_H / 2),
        createdAt: now, updatedAt: now, duplicateOf: [],
      };
      store.run({ kind: 'addStakeholders', stakeholders: [s], relations: [] });
      return s.id;
    },
    [category, store, t],
  );
  const viewCentre = () => {
    const box = canvasRef.current?.getBoundingClientRect();
    // Successive quick adds fill rows of four around the centre instead of piling up on one spot.
    const n = addCount.current++ % 20;
    const c = flow.screenToFlowPosition({ x: box ? box.left + box.width / 2 : 400, y: box ? box.top + box.height / 2 : 300 });
    return { x: c.x + ((n % 4) - 1.5) * (NODE_W + 30), y: c.y + (Math.floor(n / 4) - 2) * (NODE_H + 24) };
  };
  const addFromPalette = (cat: string) => {
    const id = addAt(viewCentre(), cat);
    setTimeout(() => rf.getState().addSelectedNodes([id]), 30);
  };
  const quickAdd = () => {
    const { name, category: cat } = parseQuickAdd(quickName, category, l);
    if (!name) return;
    addAt(viewCentre(), cat, name);
    setQuickName('');
  };

  const focus = useCallback(
    (id: string) => {
      setTab((current) => (current === 'split' ? current : 'map'));
      setTimeout(() => {
        const node = flow.getNode(id);
        if (!node) return;
        rf.getState().resetSelectedElements();
        rf.getState().addSelectedNodes([id]);
        void flow.setCenter(node.position.x + NODE_W / 2, node.position.y + NODE_H / 2, { zoom: Math.max(flow.getZoom(), 1.1), duration: 400 });
      }, 50);
    },
    [flow, rf],
  );

  const deleteSelection = useCallback(() => {
    if (!store.data || selection.length === 0) return;
    const sh = new Set(store.data.stakeholders.map((s) => s.id));
    const rel = new Set(store.data.relations.map((r) => r.id));
    const stakeholderIds = selection.filter((id) => sh.has(id));
    const relationIds = selection.filter((id) => rel.has(id));
    for (const link of selection.filter((id) => id.startsWith('link:'))) {
      const [, sid, area] = link.split(':');
      const s = store.data.stakeholders.find((x) => x.id === sid);
      if (s && !stakeholderIds.includes(s.id)) store.run({ kind: 'updateStakeholder', id: s.id, patch: { policyAreas: s.policyAreas.filter((a) => a !== area) } });
    }
    for (const pa of selection.filter((id) => id.startsWith('pa:')).map((id) => id.slice(3))) {
      // An area still used by a stakeholder stays: removing it would silently change those records.
      if (store.data.stakeholders.some((s) => s.policyAreas.includes(pa) && !stakeholderIds.includes(s.id))) continue;
      store.setLocal((d) => ({ ...d, policyAreas: d.policyAreas.filter((a) => a.id !== pa) }));
      call(transport, 'map.removePolicyArea', { visitId, id: pa }).catch(notifyError);
    }
    if (stakeholderIds.length || relationIds.length) {
      store.run({ kind: 'delete', stakeholderIds, relationIds });
      notifySuccess(t('deleted', { count: stakeholderIds.length + relationIds.length }));
    }
    setSelection([]);
  }, [selection, store, t, transport, visitId]);

  const copy = useCallback(() => {
    if (!store.data) return;
    const ids = new Set(selection);
    clipboard.current = {
      stakeholders: store.data.stakeholders.filter((s) => ids.has(s.id)),
      relations: store.data.relations.filter((r) => ids.has(r.sourceId) && ids.has(r.targetId)),
    };
  }, [selection, store.data]);
  const paste = useCallback(() => {
    if (!clipboard.current?.stakeholders.length) return;
    const clone = cloneForPaste(clipboard.current.stakeholders, clipboard.current.relations, () => crypto.randomUUID());
    store.run({ kind: 'addStakeholders', ...clone });
    clipboard.current = { stakeholders: clone.stakeholders, relations: clone.relations };
    setTimeout(() => (rf.getState().resetSelectedElements(), rf.getState().addSelectedNodes(clone.stakeholders.map((s) => s.id))), 30);
  }, [store, rf]);

  const runLayout = async () => {
    if (!store.data) return;
    setLayouting(true);
    try {
      const { autoLayout } = await import('./layout');
      if (currentView !== 'free') setView('free');
      store.run(await autoLayout(store.data));
      setTimeout(() => void flow.fitView({ duration: 300, padding: 0.1 }), 80);
    } catch (e) {
      notifyError(e);
    } finally {
      setLayouting(false);
    }
  };

  const toggleWorkshop = useCallback(() => {
    setWorkshop((w) => {
      const next = !w;
      if (next) rootRef.current?.requestFullscreen?.().catch(() => undefined);
      else if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      return next;
    });
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!showsMap) return;
      const mod = e.ctrlKey || e.metaKey;
      if (isTyping(e.target)) return;
      const k = e.key.toLowerCase();
      const selectAll = () => rf.getState().addSelectedNodes(flow.getNodes().filter((n) => n.type === 'stakeholder').map((n) => n.id));
      const focusInput = (id: string) => () => document.getElementById(id)?.focus();
      const action: (() => void) | undefined = mod
        ? { z: e.shiftKey ? store.redo : store.undo, y: store.redo, c: copy, v: paste, a: selectAll }[k]
        : e.key === 'Delete' || e.key === 'Backspace'
          ? deleteSelection
          : e.key === 'Escape'
            ? workshop ? toggleWorkshop : undefined
            : {
                n: focusInput('map-quick-add'),
                f: () => void flow.fitView({ duration: 300, padding: 0.1 }),
                '/': focusInput('map-search'),
                g: () => changeView(currentView === 'grid' ? 'free' : 'grid'),
                w: toggleWorkshop,
              }[k];
      if (!action) return;
      // Copy leaves the browser's own copy alone; everything else is ours.
      if (!(mod && k === 'c')) e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const exportView = async (format: 'png' | 'svg') => {
    try {
      // Full nodes, not far-out boxes, where the export at 3x makes their names legible (12 px type at 3x
      // the zoom: 6 px or more); further out names would be specks, and cloning a thousand full nodes froze
      // the window for 15 s. Two frames let React Flow measure the nodes and the Export button show its
      // spinner before the capture keeps the page busy.
      const legible = flow.getZoom() * 3 >= 0.5;
      flushSync(() => {
        setExporting(true);
        setFullDetail(legible);
      });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const url = await captureView(canvasRef.current!, format, workshop ? '#000000' : scheme === 'dark' ? '#1a1b1e' : '#ffffff');
      downloadDataUrl(url, `stakeholder-map.${format}`);
      notifySuccess(t('exported', { name: `stakeholder-map.${format}` }));
    } catch (e) {
      notifyError(e);
    } finally {
      setFullDetail(false);
      setExporting(false);
    }
  };
  const exportFigure = async () => {
    try {
      const { svg } = await call(transport, 'map.figure', { visitId, anonymise: workshop, lang: l });
      downloadText(svg, 'stakeholder-map-figure.svg', 'image/svg+xml');
    } catch (e) {
      notifyError(e);
    }
  };
  const exportTable = async (format: 'csv' | 'xlsx') => {
    try {
      const file = await call(transport, 'stakeholders.export', { visitId, format, includePersonalData: !workshop });
      await transport.saveFile(file.fileToken, file.fileName);
    } catch (e) {
      notifyError(e);
    }
  };

  if (store.error) return <Alert color="red">{store.error.message}</Alert>;
  if (!data) return <Center h={300}><Loader /></Center>;

  return (
    <Box ref={rootRef} className={workshop ? classes.workshop : undefined} data-testid="map-workspace" data-workshop={workshop || undefined}
      style={{ display: 'flex', flexDirection: 'column', height: workshop ? '100vh' : 'calc(100vh - 60px - 2 * var(--mantine-spacing-lg))', position: workshop ? 'fixed' : 'relative', inset: workshop ? 0 : undefined, zIndex: workshop ? 300 : undefined, background: workshop ? '#000' : undefined }}>
      <Group gap="xs" p={6} wrap="wrap" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        {!workshop && (
          <SegmentedControl value={tab} onChange={(v) => setTab(v as Tab)} data={(['map', 'split', 'table', 'snapshots'] as const).map((v) => ({ value: v, label: t(`tabs.${v}`) }))} data-testid="map-tabs" />
        )}
        {showsMap && (
          <SegmentedControl value={currentView} onChange={(v) => changeView(v as MapView)} data={(['free', 'grid', 'policy'] as const).map((v) => ({ value: v, label: t(`views.${v}`) }))} data-testid="map-views" size={workshop ? 'md' : 'sm'} />
        )}
        <Tooltip label={t('undo')}><ActionIcon variant="default" size="lg" onClick={store.undo} disabled={!store.canUndo} aria-label={t('undo')} data-testid="undo"><IconArrowBackUp size={18} /></ActionIcon></Tooltip>
        <Tooltip label={t('redo')}><ActionIcon variant="default" size="lg" onClick={store.redo} disabled={!store.canRedo} aria-label={t('redo')} data-testid="redo"><IconArrowForwardUp size={18} /></ActionIcon></Tooltip>
        <Tooltip label={t('deleteSelected')}><ActionIcon variant="default" size="lg" onClick={deleteSelection} disabled={selection.length === 0} aria-label={t('deleteSelected')} data-testid="delete"><IconTrash size={18} /></ActionIcon></Tooltip>
        {showsMap && (
          <>
            <TextInput id="map-quick-add" w={workshop ? 380 : 260} size={workshop ? 'md' : 'sm'} placeholder={t('quickAdd')} value={quickName} onChange={(e) => setQuickName(e.currentTarget.value)}
              onKeyDown={(e) => { if (e.key === 'Enter') quickAdd(); if (e.key === 'Escape') e.currentTarget.blur(); }} dir="auto" data-testid="quick-add" aria-label={t('quickAdd')} />
            <SearchFocus stakeholders={data.stakeholders} onPick={focus} />
            <FilterButton filters={filters} onChange={setFilters} stakeholders={data.stakeholders} />
            <Select w={170} data={relationOptions(l)} value={relationType} onChange={(v) => v && setRelationType(v as RelationType)} allowDeselect={false} aria-label={t('fields.type')} data-testid="new-relation-type" />
          </>
        )}
        <Popover position="bottom" withArrow shadow="md">
          <Popover.Target>
            <ActionIcon variant="default" size="lg" aria-label={t('shortcuts.title')} data-testid="map-shortcuts"><IconKeyboard size={18} /></ActionIcon>
          </Popover.Target>
          <Popover.Dropdown>
            <Stack gap={2}>
              {(['add', 'undo', 'copy', 'del', 'all', 'fit', 'search', 'grid', 'workshop', 'select'] as const).map((k) => <Text size="sm" key={k}>{t(`shortcuts.${k}`)}</Text>)}
            </Stack>
          </Popover.Dropdown>
        </Popover>
        <Box style={{ flex: 1 }} />
        {workshop && <WorkshopTimer />}
        {!workshop && showsMap && (
          <Button variant="default" leftSection={<IconLayoutGrid size={16} />} onClick={() => void runLayout()} loading={layouting} data-testid="auto-layout">{t('autoLayout')}</Button>
        )}
        {!workshop && (
          <Menu position="bottom-end">
            <Menu.Target><Button variant="default" leftSection={<IconDownload size={16} />} loading={exporting} data-testid="export-menu">{t('exportMenu')}</Button></Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => void exportView('png')} data-testid="export-png">{t('exportPng')}</Menu.Item>
              <Menu.Item onClick={() => void exportView('svg')} data-testid="export-svg">{t('exportSvg')}</Menu.Item>
              <Menu.Item onClick={() => void exportFigure()} data-testid="export-figure">{t('exportFigure')}</Menu.Item>
              <Menu.Divider />
              <Menu.Item onClick={() => void exportTable('csv')} data-testid="export-csv">{t('exportCsv')}</Menu.Item>
              <Menu.Item onClick={() => void exportTable('xlsx')} data-testid="export-xlsx">{t('exportXlsx')}</Menu.Item>
              <Menu.Divider />
              <Menu.Item leftSection={<IconUpload size={14} />} onClick={() => setImporting(true)} data-testid="import-open">{t('importFile')}</Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )}
        <Tooltip label={workshop ? t('exitWorkshop') : t('workshop')}>
          <Button variant={workshop ? 'white' : 'light'} leftSection={workshop ? <IconMinimize size={16} /> : <IconMaximize size={16} />} onClick={toggleWorkshop} data-testid="workshop-toggle">
            {workshop ? t('exitWorkshop') : t('workshop')}
          </Button>
        </Tooltip>
      </Group>
      <Box style={{ display: 'flex', flex: 1, minHeight: 0 }}>
        {showsMap && (
          <Box w={workshop ? 190 : 160} style={{ borderRight: '1px solid var(--mantine-color-default-border)', display: 'flex', flexDirection: 'column', background: workshop ? '#fff' : undefined, color: workshop ? '#000' : undefined }}>
            <Palette selected={category} onSelect={setCategory} onAdd={addFromPalette} />
            <Select size="xs" m={6} searchable placeholder={t('addArea')} data={areaOptions(l)} value={null} aria-label={t('addArea')} data-testid="add-area"
              onChange={(id) => {
                if (!id) return;
                const p = viewCentre();
                store.setLocal((d) => (d.policyAreas.some((a) => a.id === id) ? d : { ...d, policyAreas: [...d.policyAreas, { id, x: p.x, y: p.y }] }));
                call(transport, 'map.addPolicyArea', { visitId, id, x: p.x, y: p.y }).catch(notifyError);
              }} />
          </Box>
        )}
        <Box ref={canvasRef} style={{ flex: 1, minWidth: 0, position: 'relative' }}>
          {showsMap && (
            <>
              <MapCanvas fullDetail={fullDetail} store={store} view={currentView} filters={filters} hidePersonal={workshop} relationType={relationType} onSelection={setSelection} onAddAt={addAt} onViewport={onViewport} colorMode={workshop ? 'dark' : scheme} />
              {data.stakeholders.length === 0 && <Text c="dimmed" style={{ position: 'absolute', top: 16, left: 16, pointerEvents: 'none' }} data-testid="map-empty">{t('empty')}</Text>}
              {currentView === 'grid' && <Text size="sm" c="dimmed" style={{ position: 'absolute', bottom: 8, left: '50%', transform: 'translateX(-50%)', pointerEvents: 'none' }}>{t('gridHint')}</Text>}
            </>
          )}
          {tab === 'table' && <StakeholderTable store={store} onFocus={focus} />}
          {tab === 'snapshots' && <SnapshotsView visitId={visitId} />}
        </Box>
        {tab === 'split' && (
          // The table next to the canvas: one dataset, edits in either show in both at once.
          <Box w="46%" style={{ borderLeft: '1px solid var(--mantine-color-default-border)', minWidth: 0 }} data-testid="split-table">
            <StakeholderTable store={store} onFocus={focus} />
          </Box>
        )}
        {tab !== 'snapshots' && tab !== 'split' && (
          <Box w={workshop ? 380 : 330} style={{ borderLeft: '1px solid var(--mantine-color-default-border)', background: workshop ? '#fff' : undefined, color: workshop ? '#000' : undefined }} data-testid="side-panel">
            <SidePanel store={store} selection={panelSelection} hidePersonal={workshop} />
          </Box>
        )}
      </Box>
      <ImportModal visitId={visitId} opened={importing} onClose={() => setImporting(false)} onImported={store.reload} />
    </Box>
  );
}
