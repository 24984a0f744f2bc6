import { useState } from 'react';
import type { SourceProfile } from '../../lib/profile/source.schema';
import type { Commit } from './profile-editor';

type RecordField = 'people' | 'places' | 'terms';

/**
 * The state every register table keeps: what is being edited or removed, and the last
 * confirmation. `save` stores the new list through the page's commit (validated and encrypted)
 * and, when that succeeds, closes the dialog and says what changed.
 */
export function useRecordEditing<Field extends RecordField, Editing, Removing = never>(
  source: SourceProfile,
  commit: Commit,
  field: Field,
) {
  const [editing, setEditing] = useState<Editing | undefined>();
  const [removing, setRemoving] = useState<Removing | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const save = async (list: SourceProfile[Field], done: string): Promise<boolean> => {
    const ok = await commit({ ...source, [field]: list });
    if (ok) {
      setEditing(undefined);
      setRemoving(undefined);
      setMessage(done);
    }
    return ok;
  };
  return { editing, setEditing, removing, setRemoving, message, save };
}
