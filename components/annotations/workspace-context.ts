"use client";

import { createContext, useContext } from "react";
import type { SelectionReading, SelectionTarget } from "./read-selection";

// What the annotation controls of a page share: the current selection (an external store, so
// only the paragraph it ends in re-renders as it changes), the taxonomy and the user's defaults.

export interface SelectionStore {
  get: () => SelectionReading;
  set: (reading: SelectionReading) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createSelectionStore(): SelectionStore {
  let reading: SelectionReading = { kind: "none" };
  const listeners = new Set<() => void>();
  return {
    get: () => reading,
    set: (next) => {
      reading = next;
      listeners.forEach((listener) => listener());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export interface TagOption { slug: string; name: string }

export interface AnnotationWorkspace {
  canAnnotate: boolean;
  tags: TagOption[];
  store: SelectionStore;
  /** Opens the annotation form on the selection. */
  annotate: (target: SelectionTarget) => void;
}

export const WorkspaceContext = createContext<AnnotationWorkspace | null>(null);

export function useWorkspace(): AnnotationWorkspace | null {
  return useContext(WorkspaceContext);
}
