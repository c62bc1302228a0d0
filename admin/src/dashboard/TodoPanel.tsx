// 待办: what waits for this caller — approvals, findings to fix, and whatever other areas register on
// the server (cms/src/dashboard/todos.ts), each with its count and the list behind it.
import { Badge, Card, CardContent, List, ListItemButton, ListItemIcon, ListItemText, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import AssignmentLateIcon from '@mui/icons-material/AssignmentLate';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { linkPath } from './links';
import type { TodoItem } from './types';

export const TodoPanel = ({ items }: { items: TodoItem[] }) => {
  const translate = useTranslate();
  return (
    <Card data-testid="dashboard-todo">
      <CardContent sx={{ pb: 1 }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>{translate('app.dashboard.todo_title')}</Typography>
        {!items.length ? (
          <Typography variant="body2" color="text.secondary" sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 1 }}>
            <TaskAltIcon color="success" fontSize="small" />{translate('app.dashboard.todo_empty')}
          </Typography>
        ) : (
          <List dense disablePadding>
            {items.map((item) => (
              <ListItemButton key={item.key} component={Link} to={linkPath(item.link)} data-testid={`todo-${item.key}`}>
                <ListItemIcon sx={{ minWidth: 40 }}>
                  <Badge badgeContent={item.count} max={9999} color={item.severity === 'error' ? 'error' : 'warning'}>
                    {item.severity === 'error' ? <ErrorOutlineIcon color="error" /> : <AssignmentLateIcon color="warning" />}
                  </Badge>
                </ListItemIcon>
                <ListItemText sx={{ ml: 1 }} primary={translate(`app.todo.${item.key}`, { _: item.label })} />
              </ListItemButton>
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
};
