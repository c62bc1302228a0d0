import { useState } from 'react';

/** Page state for the report tables; `range` is the server's inclusive [first, last] row. */
export function usePaged(initialPerPage = 25) {
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(initialPerPage);
  return {
    page,
    perPage,
    range: [page * perPage, page * perPage + perPage - 1],
    setPage,
    setPerPage: (n: number) => {
      setPerPage(n);
      setPage(0);
    },
  };
}
